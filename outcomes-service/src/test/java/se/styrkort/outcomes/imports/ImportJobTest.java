package se.styrkort.outcomes.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import se.styrkort.outcomes.GoalsFixture;

/**
 * Imports as jobs: asked for with {@code Prefer: respond-async}, answered 202 with the job's
 * Location, its progress and paged report read while and after it runs, a resent body or
 * Idempotency-Key returning the same job, cancel, and a body that cannot be read failing the job
 * with nothing written. (The tests' limits are small: 50 rows, 64 KiB, chunks of 3 rows.)
 */
@QuarkusTest
class ImportJobTest {

    static String csv(UUID indicator, UUID unit, int rows, String total) {
        return "indicatorId;orgUnitId;period;valueKind;total\r\n" + IntStream.rangeClosed(1, rows)
                .mapToObj(i -> indicator + ";" + unit + ";" + (2020 + (i - 1) / 12) + "-"
                        + String.format("%02d", (i - 1) % 12 + 1)
                        + ";PERIOD;" + total)
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    static Response submit(String user, String body, String key) {
        var request = ImportResourceTest.as(user).contentType("text/csv").header("Prefer", "respond-async");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports");
    }

    static JsonPath awaitEnded(String user, String location) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> ImportResourceTest.as(user).get(location).then().statusCode(200).extract().jsonPath(),
                        job -> job.get("finishedAt") != null);
    }

    @Test
    void anImportSentAsAJobRunsAndReportsPerRowInPages() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String body = csv(indicator, unit, 10, "4,5").replace(";2020-10;PERIOD;4,5", ";2020-13;PERIOD;4,5");

        Response accepted = submit("jh-feed", body, null);
        accepted.then().statusCode(202).header("Preference-Applied", "respond-async")
                .body("state", oneOf("QUEUED", "RUNNING", "DONE")).body("bytes", equalTo(body.length()));
        String location = accepted.header("Location");
        assertThat(location).matches(".*/api/v1/imports/jobs/[0-9a-f-]{36}");
        String id = accepted.path("id");

        JsonPath job = awaitEnded("jh-feed", location);
        assertThat(job.getString("state")).isEqualTo("DONE");
        assertThat(job.getLong("rows")).isEqualTo(10);
        assertThat(job.getLong("rowsRead")).isEqualTo(10);
        assertThat(job.getLong("accepted")).isEqualTo(9);
        assertThat(job.getLong("rejected")).isEqualTo(1);
        assertThat(job.getString("createdBy")).isEqualTo("jh-feed");

        ImportResourceTest.as("jh-feed").get(location + "/results?page=1&size=4").then().statusCode(200)
                .body("total", equalTo(10)).body("items.row", equalTo(List.of(5, 6, 7, 8)))
                .body("items[0].outcome", equalTo("ACCEPTED")).body("items[0].measurementId", equalTo(
                        ImportResourceTest.as("jh-viewer").queryParam("indicatorId", indicator).queryParam("period", "2020-05")
                                .get("/api/v1/measurements").path("items[0].id")));
        ImportResourceTest.as("jh-feed").get(location + "/results?page=2&size=4").then().statusCode(200)
                .body("items.row", equalTo(List.of(9, 10))).body("items[1].outcome", equalTo("REJECTED"))
                .body("items[1].reason", containsString("period"));
        // The measurements as one request would have written them, by the user who sent the job.
        ImportResourceTest.measurementsOf("jh-viewer", indicator).then().body("total", equalTo(9))
                .body("items[0].createdBy", equalTo("jh-feed"));

        // The same body again is the same job (its SHA-256), and writes nothing twice.
        submit("jh-feed", body, null).then().statusCode(202).header("Location", location).body("id", equalTo(id));
        // Another region does not see it.
        ImportResourceTest.as("nb-feed").get(location).then().statusCode(404);
        ImportResourceTest.as("nb-feed").get(location + "/results").then().statusCode(404);
        ImportResourceTest.as("jh-viewer").get(location).then().statusCode(403);
    }

    @Test
    void anIdempotencyKeyNamesOneJob() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String body = csv(indicator, unit, 5, "7");
        String key = UUID.randomUUID().toString();

        String location = submit("jh-feed", body, key).then().statusCode(202).extract().header("Location");
        submit("jh-feed", body, key).then().statusCode(202).header("Location", location);
        awaitEnded("jh-feed", location);
        submit("jh-feed", body, key).then().statusCode(202).header("Location", location).body("state", equalTo("DONE"));
        ImportResourceTest.measurementsOf("jh-viewer", indicator).then().body("total", equalTo(5));

        // The key with another body is refused, naming the key.
        submit("jh-feed", csv(indicator, unit, 5, "8"), key).then().statusCode(422)
                .body("violations[0].field", equalTo("Idempotency-Key"));
        submit("jh-feed", body, "x".repeat(201)).then().statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aBodyThatCannotBeReadFailsTheJobAndWritesNothing() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String location = submit("jh-feed", "indicatorId;period\r\n" + indicator + ";2022\r\n", null).then()
                .statusCode(202).extract().header("Location");
        JsonPath job = awaitEnded("jh-feed", location);
        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(job.getInt("problem.status")).isEqualTo(400);
        assertThat(job.getString("problem.violations[0].field")).isEqualTo("header");
        assertThat(job.getLong("rowsRead")).isZero();

        // More rows than an import may have: 413 as a request would be answered, nothing written.
        String tooMany = submit("jh-feed", csv(indicator, unit, 51, "1"), null).then().statusCode(202).extract()
                .header("Location");
        JsonPath refused = awaitEnded("jh-feed", tooMany);
        assertThat(refused.getString("state")).isEqualTo("FAILED");
        assertThat(refused.getInt("problem.status")).isEqualTo(413);
        // JSON that breaks off: 400, as a request would be answered.
        String broken = ImportResourceTest.as("jh-feed").contentType("application/json").header("Prefer", "respond-async")
                .body("[{\"indicatorId\": \"" + indicator + "\"").post("/api/v1/imports").then().statusCode(202)
                .extract().header("Location");
        JsonPath unreadable = awaitEnded("jh-feed", broken);
        assertThat(unreadable.getString("state")).isEqualTo("FAILED");
        assertThat(unreadable.getInt("problem.status")).isEqualTo(400);
        ImportResourceTest.measurementsOf("jh-viewer", indicator).then().body("total", equalTo(0));
    }

    @Test
    void aCancelledJobStopsAndKeepsWhatItWrote() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String location = submit("jh-feed", csv(indicator, unit, 48, "2"), null).then().statusCode(202).extract()
                .header("Location");
        JsonPath cancelled = ImportResourceTest.as("jh-feed").delete(location).then().statusCode(200).extract().jsonPath();
        assertThat(cancelled.getString("state")).isIn("CANCELLED", "DONE");
        assertThat(cancelled.getString("finishedAt")).isNotNull();
        // Whatever it wrote before it stopped is reported, row for row, and nothing more is written.
        long done = cancelled.getLong("rowsRead");
        ImportResourceTest.as("jh-feed").get(location + "/results?size=100").then().body("items.size()",
                equalTo((int) done));
        ImportResourceTest.measurementsOf("jh-viewer", indicator).then().body("total", equalTo((int) done));
        ImportResourceTest.as("jh-feed").delete("/api/v1/imports/jobs/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aJobInterruptedAgainAndAgainWithoutGettingFurtherEndsAsFailed() throws Exception {
        // As a job is left after its process died ten times on the same chunk: its lease run out.
        UUID id = UUID.randomUUID();
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into import_job (id, tenant, kind, options, state, bytes, rows_total, rows_done, attempts,
                                                leased_until, created_at, created_by, updated_at)
                        values (?, 'region-jh', 'measurements', '{}', 'RUNNING', 10, 40, 12, 10, now() - interval '1 minute',
                                now(), 'jh-feed', now())""")) {
            insert.setObject(1, id);
            insert.executeUpdate();
        }
        JsonPath job = awaitEnded("jh-feed", "/api/v1/imports/jobs/" + id);
        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(job.getString("problem.detail")).contains("interrupted 10 times at row 13");
        assertThat(job.getLong("rowsRead")).isEqualTo(12);
    }
}
