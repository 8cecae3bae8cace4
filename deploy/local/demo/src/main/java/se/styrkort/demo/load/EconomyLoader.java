package se.styrkort.demo.load;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import se.styrkort.demo.data.DataSet;
import se.styrkort.demo.http.Api;
import se.styrkort.demo.http.LoadFailure;

/**
 * Records a part of a seed's economy through budget-service as the organization's economist, its
 * rows naming org units by the keys of the org-unit file; amounts are in tkr in the seed's tables and
 * SEK in the API.
 */
abstract class EconomyLoader {

    static final BigDecimal THOUSAND = new BigDecimal("1000");

    final Api budget;
    final String economist;
    final Map<String, String> units;

    EconomyLoader(Api budget, String economist, Map<String, String> units) {
        this.budget = budget;
        this.economist = economist;
        this.units = units;
    }

    /** Whether budget-service serves the path; when not, says what is skipped, as an older one may not. */
    boolean serves(String path, String skipped) {
        if (budget.has(economist, path + "?size=1")) {
            return true;
        }
        Log.info("skipped " + skipped + ": budget-service has no " + path + " yet");
        return false;
    }

    /** The ids of the org units the table's rows name, once budget-service has them from styrkort.goals. */
    List<String> knownUnits(String file, DataSet.Table table) {
        List<String> unitIds = table.rows().stream().map(r -> unit(file, r)).distinct().toList();
        budget.awaitKnown(economist, "/api/v1/org-units", unitIds, Duration.ofSeconds(60));
        return unitIds;
    }

    /** The id of the row's org unit key; a key the org-unit file lacks stops the load. */
    String unit(String file, Map<String, String> row) {
        String id = units.get(row.get("unit"));
        if (id == null) {
            throw new LoadFailure(file + ": unknown org unit key " + row.get("unit"));
        }
        return id;
    }

    /** A tkr cell as SEK to the öre, or null when empty. */
    static BigDecimal sek(Map<String, String> row, String column) {
        BigDecimal tkr = DataSet.Table.decimal(row, column);
        return tkr == null ? null : tkr.multiply(THOUSAND).setScale(2);
    }
}
