package se.styrkort.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The stack as {@code deploy/local/up --detach} leaves it: four services ready, tokens, walls. */
@ExtendWith(StackExtension.class)
class StackTest {

    @Test
    void everyServiceIsReadyAndAsksForAToken(Api api) {
        Map<String, String> lists = Map.of("goals", "/api/v1/plans", "outcomes", "/api/v1/measurements",
                "budget", "/api/v1/budget-frames", "reporting", "/api/v1/plans");
        lists.forEach((service, list) -> {
            assertThat(api.get(null, service, "/q/health/ready").status()).as(service + " ready").isEqualTo(200);
            assertThat(api.get(null, service, list).status()).as(service + " without a token").isEqualTo(401);
            assertThat(api.get("jh-viewer", service, list).status()).as(service + " with one").isEqualTo(200);
        });
    }

    @Test
    void aPlanWrittenInGoalsReachesReportingAndStaysInsideItsRegion(Api api) {
        Api.Response created = api.post("jh-planner", "goals", "/api/v1/plans",
                Map.of("name", "Acceptans plan " + System.nanoTime(), "fromYear", 2026, "toYear", 2026));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();

        Api.Response seen = api.await(Duration.ofSeconds(120), r -> r.status() == 200,
                "jh-viewer", "reporting", "/api/v1/plans/" + id);
        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);

        assertThat(api.get("nb-viewer", "goals", "/api/v1/plans/" + id).status()).isEqualTo(404);
        assertThat(api.get("nb-viewer", "reporting", "/api/v1/plans/" + id).status()).isEqualTo(404);
    }
}
