package se.styrkort.outcomes.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.styrkort.outcomes.imports.ImportResourceTest.as;
import static se.styrkort.outcomes.imports.ImportResourceTest.importing;
import static se.styrkort.outcomes.imports.ImportResourceTest.jsonRow;
import static se.styrkort.outcomes.imports.ImportResourceTest.measurementsOf;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.outcomes.GoalsFixture;
import se.styrkort.testsupport.EventContract;
import se.styrkort.testsupport.PublishedEvents;

/**
 * Where writing a batch at once could answer otherwise than writing its rows one by one: a
 * measurement named twice in one file (in one batch and across batches; the test batch is three
 * rows), revisions of stored values, rejected rows between written ones, and another region's rows.
 * Each row's line in the report, the stored versions, the revisions and the events are those of
 * recording the rows in file order.
 */
@QuarkusTest
class SetBasedImportTest {

    private static final String CSV = "text/csv";
    private static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void aMeasurementNamedAgainInOneFileIsRevisedInFileOrder() throws Exception {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        UUID other = GoalsFixture.unit();
        String csv = "indicatorId;orgUnitId;period;valueKind;total\n"
                + indicator + ";" + unit + ";2022-01;PERIOD;1,5\n"
                + indicator + ";" + other + ";2022-01;PERIOD;2\n"
                + indicator + ";" + unit + ";2022-01;PERIOD;3\n"
                + indicator + ";" + unit + ";2022-01;PERIOD;3,00\n"
                + indicator + ";" + unit + ";2022-01;PERIOD;4\n"
                + indicator + ";" + unit + ";2022-01;PERIOD;5\n"
                + indicator + ";" + other + ";2022-01;PERIOD;2\n";

        List<String> ids = importing("jh-feed", CSV, csv).then().statusCode(200)
                .body("accepted", equalTo(2)).body("revised", equalTo(3)).body("unchanged", equalTo(2))
                .body("results.outcome",
                        equalTo(List.of("ACCEPTED", "ACCEPTED", "REVISED", "UNCHANGED", "REVISED", "REVISED", "UNCHANGED")))
                .body("results.version", equalTo(List.of(0, 0, 1, 1, 2, 3, 0)))
                .extract().path("results.measurementId");
        String id = ids.get(0);
        assertThat(List.of(ids.get(2), ids.get(3), ids.get(4), ids.get(5))).containsOnly(id);
        assertThat(ids.get(6)).isEqualTo(ids.get(1)).isNotEqualTo(id);

        as("jh-viewer").get("/api/v1/measurements/" + id + "/revisions").then().statusCode(200)
                .body("items.version", equalTo(List.of(0, 1, 2, 3)))
                .body("items.total", equalTo(List.of(new BigDecimal("1.5"), 3, 4, 5)));
        // The status follows the last row: the value it compared is 5.
        as("jh-viewer").queryParam("indicatorId", indicator).queryParam("orgUnitId", unit)
                .queryParam("period", "2022-01").get("/api/v1/statuses").then().statusCode(200)
                .body("items[0].total", equalTo(5));

        List<ConsumerRecord<String, String>> events = PublishedEvents.of("styrkort.outcomes", id, 4);
        assertThat(events).hasSize(4);
        events.forEach(EventContract::assertConforms);
        List<JsonNode> data = events.stream().map(SetBasedImportTest::json).toList();
        assertThat(data).extracting(d -> d.get("version").asLong()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(data).extracting(d -> d.get("changeType").asText())
                .containsExactly("CREATED", "UPDATED", "UPDATED", "UPDATED");
        assertThat(data).extracting(d -> d.get("state").get("total").decimalValue())
                .containsExactly(new BigDecimal("1.5"), new BigDecimal("3"), new BigDecimal("4"), new BigDecimal("5"));
    }

    @Test
    void storedValuesAreRevisedOnlyWhenTheirNumbersOrStateChange() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String first = "[" + jsonRow(indicator, unit, "2022-T1", "87.5") + "," + jsonRow(indicator, unit, "2022-T2", "1")
                + "]";
        String id = importing("jh-feed", JSON, first).then().statusCode(200).body("accepted", equalTo(2))
                .extract().path("results[0].measurementId");

        // The same numbers at another scale, with new provenance: no change, the old provenance kept.
        String sameNumbers = "[{\"indicatorId\":\"" + indicator + "\",\"orgUnitId\":\"" + unit
                + "\",\"period\":\"2022-t1\",\"valueKind\":\"ACCUMULATED\",\"total\":87.50,\"sourceSystem\":\"dw\","
                + "\"externalRowId\":\"r9\"}," + jsonRow(indicator, unit, "2022-T2", "2") + "]";
        importing("jh-feed", JSON, sameNumbers).then().statusCode(200)
                .body("results.outcome", equalTo(List.of("UNCHANGED", "REVISED")))
                .body("results[0].measurementId", equalTo(id)).body("results.version", equalTo(List.of(0, 1)));
        as("jh-viewer").get("/api/v1/measurements/" + id).then().statusCode(200)
                .body("externalRowId", equalTo(null)).body("version", equalTo(0));

        // A revision keeps the identity and who created it, takes the new numbers and provenance.
        String revised = sameNumbers.replace("87.50", "88.25");
        importing("jh-reporter", JSON, revised).then().statusCode(200)
                .body("results.outcome", equalTo(List.of("REVISED", "UNCHANGED")))
                .body("results[0].measurementId", equalTo(id)).body("results[0].version", equalTo(1));
        as("jh-viewer").get("/api/v1/measurements/" + id).then().statusCode(200)
                .body("total", equalTo(new BigDecimal("88.25"))).body("externalRowId", equalTo("r9"))
                .body("createdBy", equalTo("jh-feed")).body("updatedBy", equalTo("jh-reporter"));
        as("jh-viewer").get("/api/v1/measurements/" + id + "/revisions").then().statusCode(200)
                .body("items.changeType", equalTo(List.of("CREATED", "UPDATED")))
                .body("items.changedBy", equalTo(List.of("jh-feed", "jh-reporter")));
    }

    @Test
    void rejectedRowsKeepTheirPlacesAmongWrittenOnes() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String csv = "indicatorId;orgUnitId;period;valueKind;total\n"
                + indicator + ";" + unit + ";2022-13;PERIOD;1\n"
                + indicator + ";" + unit + ";2022-01;PERIOD;1\n"
                + indicator + ";" + unit + ";2022-02;PERIOD;many\n"
                + indicator + ";" + unit + ";2022-02;PERIOD;2\n"
                + indicator + ";" + UUID.randomUUID() + ";2022-01;PERIOD;1\n"
                + indicator + ";" + unit + ";2022-01;PERIOD;1,0\n"
                + indicator + ";" + unit + ";2022-03;PERIOD;\n";

        List<String> ids = importing("jh-feed", CSV, csv).then().statusCode(200)
                .body("rows", equalTo(7)).body("accepted", equalTo(2)).body("unchanged", equalTo(1))
                .body("rejected", equalTo(4))
                .body("results.row", equalTo(List.of(1, 2, 3, 4, 5, 6, 7)))
                .body("results.outcome", equalTo(
                        List.of("REJECTED", "ACCEPTED", "REJECTED", "ACCEPTED", "REJECTED", "UNCHANGED", "REJECTED")))
                .body("results[0].reason", containsString("period"))
                .body("results[2].reason", containsString("total"))
                .body("results[4].reason", containsString("no such org unit"))
                .body("results.version[5]", equalTo(0)).extract().path("results.measurementId");
        assertThat(ids.get(5)).isEqualTo(ids.get(1)).isNotNull();
        measurementsOf("jh-viewer", indicator).then().body("total", equalTo(2));
    }

    @Test
    void anotherRegionsRowsNeitherReachNorRevealTheOthersMeasurements() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String id = importing("jh-feed", JSON, "[" + jsonRow(indicator, unit, "2022", "1") + "]").then()
                .statusCode(200).extract().path("results[0].measurementId");

        UUID own = GoalsFixture.indicator(GoalsFixture.NB);
        UUID ownUnit = GoalsFixture.unit(GoalsFixture.NB);
        importing("nb-feed", JSON, "[" + jsonRow(indicator, unit, "2022", "2") + "," + jsonRow(own, ownUnit, "2022", "3")
                + "]").then().statusCode(200)
                .body("results.outcome", equalTo(List.of("REJECTED", "ACCEPTED")))
                .body("results[0].reason", containsString("no such indicator"));

        as("jh-viewer").get("/api/v1/measurements/" + id).then().statusCode(200).body("version", equalTo(0))
                .body("total", equalTo(1));
        measurementsOf("nb-viewer", own).then().body("total", equalTo(1));
        measurementsOf("jh-viewer", own).then().body("total", equalTo(0));
    }

    private static JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return MAPPER.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
