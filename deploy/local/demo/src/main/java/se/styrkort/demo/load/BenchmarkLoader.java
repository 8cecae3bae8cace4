package se.styrkort.demo.load;

import java.util.List;

import se.styrkort.demo.data.BenchmarkFile;
import se.styrkort.demo.data.DataSet;
import se.styrkort.demo.http.Api;

/** Records the national values (riket) as the benchmark series outcomes-service compares BENCHMARK targets with. */
final class BenchmarkLoader {

    static final String PATH = "/api/v1/benchmarks";

    private final Api outcomes;
    private final List<DataSet.Organization> organizations;

    BenchmarkLoader(Api outcomes, List<DataSet.Organization> organizations) {
        this.outcomes = outcomes;
        this.organizations = organizations;
    }

    void load(BenchmarkFile file) {
        Log.info("skipped " + file.series().size() + " benchmark values of " + file.organization()
                + ": outcomes-service records no benchmark series yet (" + PATH + ")");
    }
}
