package se.styrkort.demo.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import se.styrkort.demo.data.DataSet;
import se.styrkort.demo.http.Api;
import se.styrkort.demo.http.LoadFailure;

/**
 * Records the investments of an investeringar.csv through budget-service as the economist: one per
 * row, amounts in tkr in the file and SEK in the API, with the row's follow-up (outcome to date,
 * forecast for the year end, comment) when the report gives one. A row whose unit, area and object
 * are already recorded is kept.
 */
final class InvestmentLoader {

    static final String PATH = "/api/v1/investments";
    static final BigDecimal THOUSAND = new BigDecimal("1000");

    private final Api budget;
    private final String economist;
    private final Map<String, String> units;

    InvestmentLoader(Api budget, String economist, Map<String, String> units) {
        this.budget = budget;
        this.economist = economist;
        this.units = units;
    }

    void load(DataSet.Table table) {
        if (!budget.has(economist, PATH + "?size=1")) {
            Log.info("skipped " + table.rows().size() + " investments of " + table.file().getFileName()
                    + ": budget-service has no " + PATH + " yet");
            return;
        }
        budget.awaitKnown(economist, "/api/v1/org-units",
                table.rows().stream().map(r -> units.get(r.get("unit"))).filter(java.util.Objects::nonNull).distinct().toList(),
                java.time.Duration.ofSeconds(60));
        int created = 0;
        // A seed may list the same object twice (000: 'Benpress' for Strömsund HC): the n-th row with
        // the same unit, area, object, type and category is there when n such investments are.
        Map<List<String>, Integer> seen = new java.util.HashMap<>();
        Map<String, List<com.fasterxml.jackson.databind.JsonNode>> existing = new java.util.HashMap<>();
        for (Map<String, String> row : table.rows()) {
            String unitId = units.get(row.get("unit"));
            if (unitId == null) {
                throw new LoadFailure(table.file().getFileName() + ": unknown org unit key " + row.get("unit"));
            }
            List<Map<String, Object>> followUps = new ArrayList<>();
            if (!row.get("period").isEmpty()) {
                followUps.add(Body.of().put("period", row.get("period"))
                        .put("outcomeToDate", sek(DataSet.Table.decimal(row, "outcomeToDateTkr")))
                        .put("forecastYearEnd", sek(DataSet.Table.decimal(row, "forecastYearEndTkr")))
                        .put("comment", blank(row.get("comment"))).map());
            }
            List<Integer> years = row.get("years").isEmpty() ? List.of()
                    : Arrays.stream(row.get("years").split(",")).map(String::trim).map(Integer::valueOf).toList();
            List<String> key = List.of(unitId, row.get("area"), row.get("object"), row.get("investmentType"), row.get("category"));
            int occurrence = seen.merge(key, 1, Integer::sum);
            long there = existing.computeIfAbsent(unitId, u -> budget.list(economist, PATH, Map.of("orgUnitId", u))).stream()
                    .filter(n -> key.equals(List.of(unitId, n.path("area").asText(""), n.path("object").asText(),
                            n.path("investmentType").asText(""), n.path("category").asText(""))))
                    .count();
            if (there >= occurrence) {
                continue;
            }
            budget.post(economist, PATH, Body.of().put("orgUnitId", unitId).put("area", blank(row.get("area"))).put("object", row.get("object"))
                            .put("investmentType", blank(row.get("investmentType")))
                            .put("category", blank(row.get("category")))
                            .put("amount", sek(DataSet.Table.decimal(row, "amountTkr"))).put("years", years)
                            .put("decisionRef", blank(row.get("decisionRef")))
                            .put("plannedTime", blank(row.get("plannedTime")))
                            .put("procurementContacted", yesNo(row.get("procurementContacted")))
                            .put("completed", yesNo(row.get("completed")))
                            .put("followUps", followUps).map());
            created++;
        }
        Log.info("investments of " + table.file().getFileName() + ": " + table.rows().size() + " (" + created + " created)");
    }

    private static BigDecimal sek(BigDecimal tkr) {
        return tkr == null ? null : tkr.multiply(THOUSAND).setScale(2);
    }

    private static String blank(String cell) {
        return cell == null || cell.isBlank() ? null : cell;
    }

    private static Boolean yesNo(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return cell.equalsIgnoreCase("ja");
    }
}
