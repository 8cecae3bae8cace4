package se.styrkort.demo.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The demo data folder as the tests read it: the module's data/ (set by the build), read once. */
final class DataFiles {

    private static List<DataSet.Organization> organizations;

    private DataFiles() {
    }

    static synchronized List<DataSet.Organization> all() {
        if (organizations == null) {
            try {
                organizations = DataSet.read(folder());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return organizations;
    }

    static Path folder() {
        return Path.of(System.getProperty("styrkort.demo.data", "data"));
    }

    static DataSet.Organization organization(String folder) {
        return all().stream().filter(o -> o.folder().equals(folder)).findFirst()
                .orElseThrow(() -> new AssertionError("no data folder " + folder));
    }

    static PlanFile plan(String folder, String seedPrefix) {
        return organization(folder).plans().stream().filter(p -> p.seed().startsWith(seedPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no plan of seed " + seedPrefix + " in " + folder));
    }

    static BudgetFile budget(String folder, String seedPrefix) {
        return organization(folder).budgets().stream().filter(b -> b.seed().startsWith(seedPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no budget of seed " + seedPrefix + " in " + folder));
    }

    static DataSet.Table table(String folder, String fileName) {
        DataSet.Organization org = organization(folder);
        return java.util.stream.Stream.concat(org.investments().stream(), org.ledgers().stream())
                .filter(t -> t.file().getFileName().toString().equals(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + fileName + " in " + folder));
    }
}
