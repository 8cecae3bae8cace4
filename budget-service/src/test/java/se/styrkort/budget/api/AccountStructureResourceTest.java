package se.styrkort.budget.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.budget.BudgetApi.get;
import static se.styrkort.budget.BudgetApi.post;
import static se.styrkort.budget.BudgetApi.put;
import static se.styrkort.budget.BudgetApi.tkr;
import static se.styrkort.budget.BudgetApi.unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.testsupport.EventContract;
import se.styrkort.testsupport.PublishedEvents;

/**
 * The revenue and cost table of 002's interim report ("Intäkter och kostnader", tkr), shortened to
 * a few of its rows: the rows recorded, the sums defined over rows and sums and computed.
 */
@QuarkusTest
class AccountStructureResourceTest {

    private static final String STRUCTURES = "/api/v1/account-structures";
    private static final String FIGURES = "/api/v1/account-figures";

    static String structure(String name) {
        return "{\"name\":\"" + name + "\",\"accounts\":["
                + "{\"name\":\"Patientavgifter\"},{\"name\":\"Försäljning\"},"
                + "{\"name\":\"Summa intäkter\",\"sumOf\":[\"Patientavgifter\",\"Försäljning\"]},"
                + "{\"name\":\"Personalkostnader\"},{\"name\":\"Köp av verksamhet\"},"
                + "{\"name\":\"Summa bruttokostnader\",\"sumOf\":[\"Personalkostnader\",\"Köp av verksamhet\"]},"
                + "{\"name\":\"Verksamhetens nettokostnader\",\"sumOf\":[\"Summa intäkter\",\"Summa bruttokostnader\"]}]}";
    }

    static String figure(Object structure, UUID unit, String period, String valueKind, String account, Object outcome,
            Object budget, Object previousYear) {
        return "{\"structureId\":\"" + structure + "\",\"orgUnitId\":\"" + unit + "\",\"period\":\"" + period + "\""
                + (valueKind == null ? "" : ",\"valueKind\":\"" + valueKind + "\"") + ",\"account\":\"" + account
                + "\",\"outcome\":" + outcome + ",\"budget\":" + budget + ",\"previousYear\":" + previousYear + "}";
    }

    @Test
    void theTableHasTheRowsAsRecordedAndTheSumsComputed() {
        UUID unit = unit("jh");
        String id = post("jh-economist", STRUCTURES, structure("Intäkter och kostnader " + unit)).then().statusCode(201)
                .header("ETag", "\"0\"").body("accounts[2].sumOf", equalTo(List.of("Patientavgifter", "Försäljning")))
                .body("accounts[0].sumOf", nullValue()).extract().path("id");
        post("jh-economist", FIGURES, figure(id, unit, "2022-T2", null, "Patientavgifter", 17097000, 433000, 4370000))
                .then().statusCode(201).body("valueKind", equalTo("ACCUMULATED"));
        post("jh-economist", FIGURES, figure(id, unit, "2022-T2", "ACCUMULATED", "Försäljning", 234096000, 207617000,
                230552000)).then().statusCode(201);
        post("jh-economist", FIGURES, figure(id, unit, "2022-T2", "ACCUMULATED", "Personalkostnader", -322423000,
                -356232000, -456288000)).then().statusCode(201);
        // Köp av verksamhet by month: January to August add up to the tertial.
        for (int month = 1; month <= 8; month++) {
            post("jh-economist", FIGURES, figure(id, unit, "2022-0" + month, "MONTH", "Köp av verksamhet",
                    "-81706125", "null", "null")).then().statusCode(201);
        }

        get("jh-viewer", STRUCTURES + "/" + id + "/table?orgUnitId=" + unit + "&period=2022-T2").then().statusCode(200)
                .body("account", equalTo(List.of("Patientavgifter", "Försäljning", "Summa intäkter", "Personalkostnader",
                        "Köp av verksamhet", "Summa bruttokostnader", "Verksamhetens nettokostnader")))
                .body("sum", equalTo(List.of(false, false, true, false, false, true, true)))
                .body("[0].outcomeMinusBudget", equalTo(tkr("16664")))
                .body("[0].outcomeMinusPreviousYear", equalTo(tkr("12727")))
                .body("[2].outcome", equalTo(tkr("251193"))).body("[2].budget", equalTo(tkr("208050")))
                .body("[2].outcomeMinusBudget", equalTo(tkr("43143")))
                .body("[4].outcome", equalTo(tkr("-653649"))).body("[4].budget", nullValue())
                .body("[4].outcomeMinusBudget", nullValue())
                .body("[5].outcome", equalTo(tkr("-976072"))).body("[5].budget", equalTo(tkr("-356232")))
                .body("[6].outcome", equalTo(tkr("-724879"))).body("[6].previousYear", equalTo(tkr("-221366")))
                .body("[6].outcomeMinusPreviousYear", equalTo(tkr("-503513")));
        // Before August only seven months count.
        get("jh-viewer", STRUCTURES + "/" + id + "/table?orgUnitId=" + unit + "&period=2022-07").then().statusCode(200)
                .body("[4].outcome", equalTo(new BigDecimal("-571942875.00"))).body("[0].outcome", nullValue());

        String csv = get("jh-viewer", STRUCTURES + "/" + id + "/table?orgUnitId=" + unit
                + "&period=2022-T2&format=csv&dialect=excel-sv").then().statusCode(200).extract().asString();
        assertThat(csv).contains("account;sum;outcome;budget;outcomeMinusBudget;previousYear;outcomeMinusPreviousYear")
                .contains("Summa intäkter;true;251193000,00;208050000,00;43143000,00;234922000,00;16271000,00");
        get("jh-viewer", STRUCTURES).then().statusCode(200).body("items.id", hasItem(id));
        get("jh-viewer", FIGURES + "?structureId=" + id + "&valueKind=MONTH").then().statusCode(200)
                .body("total", equalTo(8));
    }

    @Test
    void badStructuresAreRefusedPerField() {
        post("jh-economist", STRUCTURES, "{\"accounts\":[]}").then().statusCode(400)
                .body("violations.field", equalTo(List.of("accounts", "name")));
        post("jh-economist", STRUCTURES, "{\"name\":\"Fel\",\"accounts\":[{\"name\":\"A\"},{\"name\":\"A\"},"
                + "{\"name\":\"S\",\"sumOf\":[\"A\",\"B\"]},{\"name\":\"T\",\"sumOf\":[\"U\"]},{\"name\":\"U\",\"sumOf\":[\"T\"]},"
                + "{\"name\":\" \"}]}").then().statusCode(400)
                .body("violations.field", equalTo(List.of("accounts[5].name")));
        post("jh-economist", STRUCTURES, "{\"name\":\"Fel\",\"accounts\":[{\"name\":\"A\"},{\"name\":\"A\"},"
                + "{\"name\":\"S\",\"sumOf\":[\"A\",\"B\"]},{\"name\":\"T\",\"sumOf\":[\"U\"]},{\"name\":\"U\",\"sumOf\":[\"T\"]}]}")
                .then().statusCode(400).body("violations.field",
                        equalTo(List.of("accounts[1].name", "accounts[2].sumOf", "accounts[3].sumOf", "accounts[4].sumOf")));
        post("jh-economist", STRUCTURES, "{\"name\":\"Fel\",\"accounts\":[{\"name\":\"A\",\"code\":1}]}").then()
                .statusCode(400);
        String name = "Intäkter och kostnader " + UUID.randomUUID();
        post("jh-economist", STRUCTURES, structure(name)).then().statusCode(201);
        post("jh-economist", STRUCTURES, structure(name)).then().statusCode(409);
        post("jh-viewer", STRUCTURES, structure("Annan")).then().statusCode(403);
    }

    @Test
    void badFiguresAreRefusedPerFieldAndChangeOnlyWithTheirVersion() {
        UUID unit = unit("jh");
        String id = post("jh-economist", STRUCTURES, structure("Intäkter och kostnader " + unit)).then().statusCode(201)
                .extract().path("id");
        post("jh-economist", FIGURES, "{}").then().statusCode(400)
                .body("violations.field", equalTo(List.of("account", "orgUnitId", "period", "structureId")));
        post("jh-economist", FIGURES, figure(id, unit, "2022-T4", null, "Patientavgifter", 1, 1, 1)).then().statusCode(400)
                .body("violations.field", equalTo(List.of("period")));
        post("jh-economist", FIGURES, figure(id, unit, "2022-T2", "MONTH", "Summa intäkter", "null", "null", "null"))
                .then().statusCode(400).body("violations.field", equalTo(List.of("account", "outcome", "valueKind")));
        post("jh-economist", FIGURES, figure(id, unit, "2022-T2", null, "Hyror", 1, 1, 1)).then().statusCode(400)
                .body("violations.field", equalTo(List.of("account")));
        post("jh-economist", FIGURES, figure(UUID.randomUUID(), UUID.randomUUID(), "2022-T2", null, "Patientavgifter",
                "1.234", 1, 1)).then().statusCode(400)
                .body("violations.field", equalTo(List.of("outcome")));
        post("jh-economist", FIGURES, figure(UUID.randomUUID(), UUID.randomUUID(), "2022-T2", null, "Patientavgifter",
                1, 1, 1)).then().statusCode(400).body("violations.field", equalTo(List.of("orgUnitId", "structureId")));
        String figure = post("jh-economist", FIGURES, figure(id, unit, "2022-T2", null, "Patientavgifter", 17097000,
                433000, "null")).then().statusCode(201).extract().path("id");
        post("jh-economist", FIGURES, figure(id, unit, "2022-T2", null, "Patientavgifter", 1, 1, 1)).then()
                .statusCode(409);
        put("jh-economist", FIGURES + "/" + figure, "\"0\"", figure(id, unit, "2022-T3", null, "Patientavgifter", 1, 1,
                1)).then().statusCode(400).body("violations.field", equalTo(List.of("period")));
        put("jh-economist", FIGURES + "/" + figure, "\"0\"", figure(id, unit, "2022-T2", null, "Patientavgifter", 17097000,
                433000, 4370000)).then().statusCode(200).header("ETag", "\"1\"").body("previousYear", equalTo(tkr("4370")));
        put("jh-economist", FIGURES + "/" + figure, "\"0\"", figure(id, unit, "2022-T2", null, "Patientavgifter", 1, 1,
                1)).then().statusCode(412);
        get("jh-viewer", FIGURES + "/" + figure).then().statusCode(200).header("ETag", "\"1\"")
                .body("outcome", equalTo(tkr("17097")));
        get("jh-viewer", "/api/v1/changes?aggregateType=account-figure&aggregateId=" + figure).then().statusCode(200)
                .body("items.version", equalTo(List.of(1, 0)));
    }

    @Test
    void anotherRegionNeitherSeesNorRecords() {
        UUID unit = unit("jh");
        UUID nbUnit = unit("nb");
        String id = post("jh-economist", STRUCTURES, structure("Intäkter och kostnader " + unit)).then().statusCode(201)
                .extract().path("id");
        String figure = post("jh-economist", FIGURES, figure(id, unit, "2022-T2", null, "Försäljning", 1000, 2000, 3000))
                .then().statusCode(201).extract().path("id");
        get("nb-viewer", STRUCTURES + "/" + id).then().statusCode(404);
        get("nb-viewer", STRUCTURES).then().statusCode(200).body("items.id", not(hasItem(id)));
        get("nb-viewer", STRUCTURES + "/" + id + "/table?orgUnitId=" + unit + "&period=2022-T2").then().statusCode(404);
        get("nb-viewer", FIGURES + "/" + figure).then().statusCode(404);
        get("nb-viewer", FIGURES).then().statusCode(200).body("items.id", not(hasItem(figure)));
        post("nb-economist", FIGURES, figure(id, nbUnit, "2022-T2", null, "Försäljning", 1, 1, 1)).then().statusCode(400)
                .body("violations.field", equalTo(List.of("structureId")));
        put("nb-admin", FIGURES + "/" + figure, "\"0\"", figure(id, unit, "2022-T2", null, "Försäljning", 1, 1, 1))
                .then().statusCode(404);
        get("jh-viewer", FIGURES + "/" + figure).then().body("outcome", equalTo(new BigDecimal("1000.00")));
    }

    @Test
    void theStructureAndEachFigureArePublishedAsTheContractSays() throws Exception {
        UUID unit = unit("jh");
        String id = post("jh-economist", STRUCTURES, structure("Intäkter och kostnader " + unit)).then().statusCode(201)
                .extract().path("id");
        String figure = post("jh-economist", FIGURES, figure(id, unit, "2022-08", "MONTH", "Personalkostnader",
                -40302875, "null", -39000000)).then().statusCode(201).extract().path("id");
        ObjectMapper json = new ObjectMapper();
        ConsumerRecord<String, String> s = PublishedEvents.of("styrkort.budget", id, 1).get(0);
        EventContract.assertConforms(s);
        assertThat(PublishedEvents.header(s, "ce_type")).isEqualTo("se.styrkort.account-structure.changed.v1");
        JsonNode structure = json.readTree(s.value()).get("state");
        assertThat(structure.get("accounts").get(6).get("sumOf").toString())
                .isEqualTo("[\"Summa intäkter\",\"Summa bruttokostnader\"]");
        ConsumerRecord<String, String> f = PublishedEvents.of("styrkort.budget", figure, 1).get(0);
        EventContract.assertConforms(f);
        assertThat(PublishedEvents.header(f, "ce_type")).isEqualTo("se.styrkort.account-figure.changed.v1");
        JsonNode state = json.readTree(f.value()).get("state");
        assertThat(state.get("valueKind").asText()).isEqualTo("MONTH");
        assertThat(state.get("budget").isNull()).isTrue();
        assertThat(state.get("structureId").asText()).isEqualTo(id);
    }
}
