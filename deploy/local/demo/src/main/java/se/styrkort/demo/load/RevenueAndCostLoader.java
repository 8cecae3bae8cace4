package se.styrkort.demo.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.demo.data.DataSet;
import se.styrkort.demo.http.Api;

/**
 * Records a report's revenue and cost table (an intakter-kostnader.csv) through budget-service as the
 * economist: its lines as the region's account structure "Intäkter och kostnader" (a line with
 * {@code sumOf} is a sum), then each line that is not a sum with its accumulated outcome, budget and
 * last year's outcome for the unit and period. The sums are left to budget-service and reporting to
 * compute.
 */
final class RevenueAndCostLoader extends EconomyLoader {

    static final String STRUCTURES = "/api/v1/account-structures";
    static final String FIGURES = "/api/v1/account-figures";
    static final String STRUCTURE_NAME = "Intäkter och kostnader";

    RevenueAndCostLoader(Api budget, String economist, Map<String, String> units) {
        super(budget, economist, units);
    }

    void load(DataSet.Table table) {
        String file = table.file().getFileName().toString();
        if (!serves(STRUCTURES, file)) {
            return;
        }
        List<Map<String, Object>> accounts = new ArrayList<>();
        for (Map<String, String> row : table.rows()) {
            Map<String, Object> account = new LinkedHashMap<>();
            account.put("name", row.get("row"));
            if (!row.get("sumOf").isBlank()) {
                account.put("sumOf", Arrays.stream(row.get("sumOf").split("\\|")).map(String::strip).toList());
            }
            if (accounts.stream().noneMatch(a -> a.get("name").equals(row.get("row")))) {
                accounts.add(account);
            }
        }
        // One structure per region by name; a loaded one is kept as it is, as every record is.
        Api.Created structure = budget.findOrCreate(economist, STRUCTURES, Map.of(), Api.field("name", STRUCTURE_NAME),
                Body.of().put("name", STRUCTURE_NAME).put("accounts", accounts).map());
        knownUnits(file, table);
        Set<List<String>> recorded = new HashSet<>();
        if (!structure.created()) {
            for (JsonNode f : budget.list(economist, FIGURES, Map.of("structureId", structure.id()))) {
                recorded.add(List.of(f.path("orgUnitId").asText(), f.path("period").asText(), f.path("valueKind").asText(),
                        f.path("account").asText()));
            }
        }
        int created = 0;
        for (Map<String, String> row : table.rows()) {
            if (!row.get("sumOf").isBlank()) {
                continue;
            }
            String unitId = unit(file, row);
            if (recorded.contains(List.of(unitId, row.get("period"), "ACCUMULATED", row.get("row")))) {
                continue;
            }
            budget.post(economist, FIGURES, Body.of().put("structureId", structure.id()).put("orgUnitId", unitId)
                    .put("period", row.get("period")).put("valueKind", "ACCUMULATED").put("account", row.get("row"))
                    .put("outcome", sek(row, "outcomeTkr"))
                    .put("budget", sek(row, "budgetTkr"))
                    .put("previousYear", sek(row, "previousYearTkr")).map());
            created++;
        }
        Log.info("revenues and costs of " + file + ": " + accounts.size() + " lines, "
                + accounts.stream().filter(a -> a.containsKey("sumOf")).count() + " of them sums, " + created
                + " figures recorded");
    }
}
