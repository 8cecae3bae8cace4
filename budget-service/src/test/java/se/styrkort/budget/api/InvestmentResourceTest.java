package se.styrkort.budget.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.styrkort.budget.BudgetApi.get;
import static se.styrkort.budget.BudgetApi.post;
import static se.styrkort.budget.BudgetApi.put;
import static se.styrkort.budget.BudgetApi.tkr;
import static se.styrkort.budget.BudgetApi.unit;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InvestmentResourceTest {

    private static final String INVESTMENTS = "/api/v1/investments";

    static String investment(UUID unit, String object, String type, String category, Object amount, String years,
            String decisionRef, String plannedTime, boolean procurementContacted, boolean completed) {
        return "{\"orgUnitId\":\"" + unit + "\",\"area\":\"Regionstab\",\"object\":\"" + object
                + "\",\"investmentType\":\"" + type + "\",\"category\":\"" + category + "\",\"amount\":" + amount
                + ",\"years\":" + years + (decisionRef == null ? "" : ",\"decisionRef\":\"" + decisionRef + "\"")
                + (plannedTime == null ? "" : ",\"plannedTime\":\"" + plannedTime + "\"")
                + ",\"procurementContacted\":" + procurementContacted + ",\"completed\":" + completed + "}";
    }

    static String followUp(Object outcome, Object forecast, String comment) {
        return "{\"outcomeToDate\":" + outcome + ",\"forecastYearEnd\":" + forecast
                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
    }

    /**
     * 000_…, "Planerade investeringar" 2023: each object with RE or NY and its amount in tkr, as
     * in src/test/resources/seed (the objects' names as the PDF conversion left them).
     */
    @Test
    void theCommitteesPlannedInvestmentsSumToTheSeedsTotals() throws Exception {
        UUID committee = unit("jh");
        int re = 0;
        int ny = 0;
        try (BufferedReader seed = new BufferedReader(new InputStreamReader(getClass().getResourceAsStream(
                "/seed/000-planned-investments.csv"), StandardCharsets.UTF_8))) {
            seed.readLine();
            for (String row = seed.readLine(); row != null; row = seed.readLine()) {
                String[] cells = row.split(";", 3);
                boolean renewal = cells[0].equals("RE");
                re += renewal ? 1 : 0;
                ny += renewal ? 0 : 1;
                post("jh-economist", INVESTMENTS, investment(committee, cells[2].replace("\"", "'"),
                        renewal ? "REINVESTMENT" : "NEW", "GRANTED", tkr(cells[1]), "[2023]", null, null, false, false))
                        .then().statusCode(201);
            }
        }

        get("jh-viewer", INVESTMENTS + "/sums?year=2023&orgUnitId=" + committee).then().statusCode(200)
                .body("byType.investmentType", equalTo(List.of("NEW", "REINVESTMENT")))
                .body("byType[0].count", equalTo(ny))
                .body("byType[0].amount", equalTo(tkr("10886")))
                .body("byType[1].count", equalTo(re))
                .body("byType[1].amount", equalTo(tkr("85601")))
                .body("total.amount", equalTo(tkr("96487")));
        get("jh-viewer", INVESTMENTS + "/sums?year=2024&orgUnitId=" + committee).then().statusCode(200)
                .body("total.count", equalTo(0));
        get("jh-viewer", INVESTMENTS + "?orgUnitId=" + committee + "&investmentType=NEW&size=1000").then()
                .statusCode(200).body("total", equalTo(ny));
    }

    /**
     * 002_…, "Investeringar" per August 2022 (tkr): the emergency pot's objects (budget 4 771, none
     * spent) and the granted objects of Regionstaben (outcome Jan–Aug 12 875, budget 29 783).
     */
    @Test
    void theBoardsInvestmentFollowUpIsReproduced() {
        UUID board = unit("jh");
        Object[][] emergency = {
                { "Syrgastank", "3491", null, false, "0", "3491", "Projektering är påbörjad tillsammans med konsulter" },
                { "HMC Buss", "670", null, false, "0", "670", "Beställd 2021, leverans ytterligare försenad till febr 2023" },
                { "Fordon pga Covid", "610", "RS85/2022", true, "0", "0", "Beställd men fakturan har ej kommit i augusti" } };
        for (Object[] row : emergency) {
            String id = post("jh-economist", INVESTMENTS, investment(board, (String) row[0], "NEW", "EMERGENCY",
                    tkr((String) row[1]), "[2022]", (String) row[2], null, false, (Boolean) row[3])).then()
                    .statusCode(201).extract().path("id");
            put("jh-economist", INVESTMENTS + "/" + id + "/follow-ups/2022-08", "\"0\"",
                    followUp(tkr((String) row[4]), tkr((String) row[5]), (String) row[6])).then().statusCode(200)
                    .header("ETag", "\"1\"");
        }
        Object[][] granted = {
                // object, outcome Jan–Aug, budget, planned time, procurement contacted, forecast 31/12 (null: not given)
                { "IT infrastruktur för server, nät, datalagring", "7979", "9600", "2022", false, null },
                { "Utökad datorkraft i serverfarm och utökning av nätverket", "3296", "3630", "2022", false, null },
                { "Anpassningar av infrastrukturen till säkerhetsskyddslagstiftningen", "0", "4000", "2022", false, null },
                { "Patientsignalsystem", "1132", "5573", "Pågår 2022", false, "4000" },
                { "Tung lastbil, lastvikt 2000 kg", "0", "680", "2022", true, "0" },
                { "Kopiator, tryckeriet", "0", "300", "Pågår 2022", true, "0" },
                { "Scanner, Registerservice", "0", "350", "Pågår 2022", true, "0" },
                { "Elfordon, hantering medicinska gasflaskor", "150", "150", "Genomförd", false, "0" },
                { "Ambuss", "318", "5500", "Bussen levereras under 2023", true, "5200" } };
        String ambuss = null;
        for (Object[] row : granted) {
            String id = post("jh-economist", INVESTMENTS, investment(board, (String) row[0], "NEW", "GRANTED",
                    tkr((String) row[2]), "[2022]", null, (String) row[3], (Boolean) row[4], false)).then()
                    .statusCode(201).extract().path("id");
            put("jh-economist", INVESTMENTS + "/" + id + "/follow-ups/2022-08", "\"0\"",
                    followUp(tkr((String) row[1]), row[5] == null ? null : tkr((String) row[5]), null)).then()
                    .statusCode(200);
            ambuss = id;
        }

        get("jh-viewer", INVESTMENTS + "/sums?year=2022&period=2022-08&orgUnitId=" + board).then().statusCode(200)
                .body("byCategory.category", equalTo(List.of("GRANTED", "EMERGENCY")))
                .body("byCategory[0].amount", equalTo(tkr("29783")))
                .body("byCategory[0].outcomeToDate", equalTo(tkr("12875")))
                .body("byCategory[1].count", equalTo(3))
                .body("byCategory[1].amount", equalTo(tkr("4771")))
                .body("byCategory[1].outcomeToDate", equalTo(tkr("0")))
                .body("byCategory[1].forecastYearEnd", equalTo(tkr("4161")));
        get("jh-viewer", INVESTMENTS + "/" + ambuss).then().statusCode(200).header("ETag", "\"1\"")
                .body("followUps[0].period", equalTo("2022-08"))
                .body("followUps[0].outcomeToDate", equalTo(tkr("318")))
                .body("followUps[0].forecastYearEnd", equalTo(tkr("5200")))
                .body("procurementContacted", equalTo(true))
                .body("plannedTime", equalTo("Bussen levereras under 2023"))
                .body("years", equalTo(List.of(2022)));
        // A later period's follow-up is kept beside the earlier one; the period filter finds it.
        put("jh-economist", INVESTMENTS + "/" + ambuss + "/follow-ups/2022-t3", "\"1\"", followUp(tkr("5400"),
                tkr("5400"), "Bussen levererad")).then().statusCode(200)
                .body("followUps.period", equalTo(List.of("2022-08", "2022-T3")));
        get("jh-viewer", INVESTMENTS + "?period=2022-T3&orgUnitId=" + board).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(ambuss));
        get("jh-viewer", "/api/v1/changes?aggregateType=investment&aggregateId=" + ambuss).then().statusCode(200)
                .body("items.version", equalTo(List.of(2, 1, 0)));
    }

    @Test
    void badInputConflictsAndOtherRegions() {
        UUID unit = unit("jh");
        UUID nbUnit = unit("nb");
        post("jh-economist", INVESTMENTS, "{\"years\":[]}").then().statusCode(400)
                .body("violations.field", equalTo(List.of("amount", "category", "object", "orgUnitId", "years")));
        post("jh-economist", INVESTMENTS, investment(unit, "Ultraljud", "REINVESTMENT", "GRANTED", "-260000", "[2023]",
                null, null, false, false)).then().statusCode(400).body("violations.field", equalTo(List.of("amount")));
        post("jh-economist", INVESTMENTS, investment(unit, "Ultraljud", "REINVESTMENT", "GRANTED", "\"much\"",
                "[2023]", null, null, false, false)).then().statusCode(400)
                .body("violations.field", equalTo(List.of("amount")));
        post("jh-economist", INVESTMENTS, investment(unit, "Ultraljud", "REINVESTMENT", "GRANTED",
                "12345678901234567", "[2023]", null, null, false, false)).then().statusCode(400)
                .body("violations.field", equalTo(List.of("amount")));
        post("jh-economist", INVESTMENTS, investment(unit, "Ultraljud", "RE", "GRANTED", "1", "[2023]", null, null,
                false, false)).then().statusCode(400).body("violations.field", equalTo(List.of("investmentType")));
        post("jh-economist", INVESTMENTS, investment(unit, "Fordon", "NEW", "CARRIED_OVER", "610000", "[2021,2022]",
                null, null, false, false)).then().statusCode(400).body("violations.field", equalTo(List.of("decisionRef")));
        post("jh-economist", INVESTMENTS, investment(nbUnit, "Fordon", "NEW", "GRANTED", "610000", "[2022]", null,
                null, false, false)).then().statusCode(400).body("violations.field", equalTo(List.of("orgUnitId")));
        String id = post("jh-economist", INVESTMENTS, investment(unit, "Fordon", "NEW", "CARRIED_OVER", "610000",
                "[2021,2022]", "RS/85/2022", null, false, false)).then().statusCode(201)
                .body("years", equalTo(List.of(2021, 2022))).extract().path("id");

        put("jh-economist", INVESTMENTS + "/" + id + "/follow-ups/2022-13", "\"0\"", followUp(0, 0, null)).then()
                .statusCode(400).body("violations.field", equalTo(List.of("period")));
        put("jh-economist", INVESTMENTS + "/" + id + "/follow-ups/2022-08", "\"0\"", followUp(-1, 0, null)).then()
                .statusCode(400).body("violations.field", equalTo(List.of("outcomeToDate")));
        put("jh-economist", INVESTMENTS + "/" + id, "\"0\"", investment(unit, "Fordon", "NEW", "CARRIED_OVER", "620000",
                "[2022]", "RS/85/2022", null, true, false)).then().statusCode(200).header("ETag", "\"1\"");
        put("jh-economist", INVESTMENTS + "/" + id + "/follow-ups/2022-08", "\"0\"", followUp(0, 0, null)).then()
                .statusCode(412);
        get("nb-viewer", INVESTMENTS + "/" + id).then().statusCode(404);
        get("nb-viewer", INVESTMENTS).then().statusCode(200).body("items.id", not(hasItem(id)));
        put("nb-admin", INVESTMENTS + "/" + id, "\"1\"", investment(nbUnit, "Fordon", "NEW", "GRANTED", "1", "[2022]",
                null, null, false, false)).then().statusCode(404);
        post("jh-viewer", INVESTMENTS, investment(unit, "Fordon", "NEW", "GRANTED", "1", "[2022]", null, null, false,
                false)).then().statusCode(403);
        get("jh-viewer", INVESTMENTS + "?category=POT").then().statusCode(400)
                .body("violations.field", equalTo(List.of("category")));
        get("jh-viewer", INVESTMENTS + "/" + id).then().body("amount", equalTo(new BigDecimal("620000.00")));
    }

    /**
     * 002's lists give no NY/RE, and "Dell infrastruktur Åre" has budget 0 (paid by the municipality)
     * with 2 158 tkr spent: both are recorded as the report has them.
     */
    @Test
    void anInvestmentWithoutTypeAndWithBudgetZeroIsRecordedAsReported() {
        UUID unit = unit("jh");
        String body = "{\"orgUnitId\":\"" + unit + "\",\"object\":\"Dell infrastruktur Åre\",\"category\":\"OUTSIDE_FRAME\","
                + "\"amount\":0,\"years\":[2022]}";
        String id = post("jh-economist", INVESTMENTS, body).then().statusCode(201).body("investmentType", equalTo("UNKNOWN"))
                .body("amount", equalTo(new BigDecimal("0.00"))).extract().path("id");
        put("jh-economist", INVESTMENTS + "/" + id + "/follow-ups/2022-T2", "\"0\"", followUp(2158000, "null",
                "Finansieras helt av Åre kommun")).then().statusCode(200).body("followUps[0].outcomeToDate",
                        equalTo(new BigDecimal("2158000.00")));
        get("jh-viewer", INVESTMENTS + "?investmentType=UNKNOWN&orgUnitId=" + unit).then().statusCode(200)
                .body("items.id", hasItem(id));
    }
}
