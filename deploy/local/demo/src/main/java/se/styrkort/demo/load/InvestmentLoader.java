package se.styrkort.demo.load;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.demo.data.DataSet;
import se.styrkort.demo.http.Api;

/**
 * Records the investments of an investeringar.csv through budget-service as the economist: one per
 * row, amounts in tkr in the file and SEK in the API, then the row's follow-up of its period
 * (outcome to date, forecast for the year end, comment) when the report gives one. A row the API
 * cannot take as the seed has it (no amount, or no category) is skipped with a line saying why, rather
 * than completed with a guess. A row without NY/RE is recorded with type UNKNOWN.
 */
final class InvestmentLoader extends EconomyLoader {

    static final String PATH = "/api/v1/investments";

    InvestmentLoader(Api budget, String economist, Map<String, String> units) {
        super(budget, economist, units);
    }

    void load(DataSet.Table table) {
        String file = table.file().getFileName().toString();
        if (!serves(PATH, table.rows().size() + " investments of " + file)) {
            return;
        }
        knownUnits(file, table);
        int created = 0;
        int followedUp = 0;
        Map<String, List<String>> skipped = new java.util.TreeMap<>();
        // A seed may list the same object twice (000: 'Benpress' for Strömsund HC): the n-th row with
        // the same unit, area, object, type and category is there when n such investments are.
        Map<List<String>, Integer> seen = new HashMap<>();
        Map<String, List<JsonNode>> existing = new HashMap<>();
        for (Map<String, String> row : table.rows()) {
            String unitId = unit(file, row);
            BigDecimal amount = DataSet.Table.decimal(row, "amountTkr");
            String missing = amount == null ? "amount" : row.get("category").isEmpty() ? "category" : null;
            if (missing != null) {
                skipped.computeIfAbsent(missing, m -> new java.util.ArrayList<>()).add(row.get("object"));
                continue;
            }
            // A list that gives no type records it as UNKNOWN, as budget-service does for a type left out.
            String type = row.get("investmentType").isEmpty() ? "UNKNOWN" : row.get("investmentType");
            List<String> key = List.of(unitId, row.get("area"), row.get("object"), type, row.get("category"));
            int occurrence = seen.merge(key, 1, Integer::sum);
            List<JsonNode> same = existing.computeIfAbsent(unitId, u -> budget.list(economist, PATH, Map.of("orgUnitId", u)))
                    .stream().filter(n -> key.equals(List.of(unitId, n.path("area").asText(""), n.path("object").asText(),
                            n.path("investmentType").asText(""), n.path("category").asText(""))))
                    .toList();
            JsonNode investment;
            if (same.size() >= occurrence) {
                investment = same.get(occurrence - 1);
            } else {
                investment = budget.post(economist, PATH, Body.of().put("orgUnitId", unitId).put("area", blank(row.get("area")))
                        .put("object", row.get("object")).put("investmentType", type)
                        .put("category", row.get("category")).put("amount", sek(row, "amountTkr"))
                        .put("years",
                                Arrays.stream(row.get("years").split(",")).map(String::trim).map(Integer::valueOf).toList())
                        .put("decisionRef", blank(row.get("decisionRef"))).put("plannedTime", blank(row.get("plannedTime")))
                        .put("procurementContacted", yesNo(row.get("procurementContacted")))
                        .put("completed", yesNo(row.get("completed"))).map());
                created++;
            }
            if (!row.get("period").isEmpty() && !hasFollowUp(investment, row.get("period"))) {
                // An empty utfall cell is nothing spent yet: the report's own sums count it as 0.
                BigDecimal outcome = sek(row, "outcomeToDateTkr");
                budget.put(economist, PATH + "/" + investment.path("id").asText() + "/follow-ups/" + row.get("period"),
                        "\"" + investment.path("version").asLong() + "\"",
                        Body.of().put("outcomeToDate", outcome == null ? BigDecimal.ZERO.setScale(2) : outcome)
                                .put("forecastYearEnd", sek(row, "forecastYearEndTkr"))
                                .put("comment", blank(row.get("comment"))).map());
                followedUp++;
            }
        }
        Log.info("investments of " + file + ": " + table.rows().size() + " rows, " + created + " created, "
                + followedUp + " follow-ups recorded");
        skipped.forEach((what, objects) -> Log.info("skipped " + objects.size() + " investments of " + file
                + ": the seed gives no " + what + ", which budget-service needs ("
                + String.join(", ", objects.subList(0, Math.min(3, objects.size()))) + (objects.size() > 3 ? ", …)" : ")")));
    }

    private static boolean hasFollowUp(JsonNode investment, String period) {
        for (JsonNode f : investment.path("followUps")) {
            if (period.equals(f.path("period").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String blank(String cell) {
        return cell == null || cell.isBlank() ? null : cell;
    }

    private static Boolean yesNo(String cell) {
        return cell == null || cell.isBlank() ? null : cell.equalsIgnoreCase("ja");
    }
}
