package se.styrkort.demo.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.demo.data.BenchmarkFile;
import se.styrkort.demo.data.DataSet;
import se.styrkort.demo.http.Api;
import se.styrkort.demo.http.LoadFailure;

/**
 * Records the national values (riket) as benchmark series. outcomes-service keeps a benchmark
 * organization per region, under the code BENCHMARK targets name ({@code riket}), and its values
 * as measurements of the region's indicators with the benchmark organization as org unit. So for
 * every region a value names an indicator of, the benchmark organization is registered (as the
 * region's admin) when missing, and the value recorded (as its reporter); recording the same value
 * again changes nothing.
 */
final class BenchmarkLoader {

    static final String ORGANIZATIONS = "/api/v1/benchmark-organizations";

    private final Api goals;
    private final Api outcomes;
    private final List<DataSet.Organization> organizations;

    BenchmarkLoader(Api goals, Api outcomes, List<DataSet.Organization> organizations) {
        this.goals = goals;
        this.outcomes = outcomes;
        this.organizations = organizations;
    }

    void load(BenchmarkFile file) {
        long linked = file.series().stream().filter(s -> !s.indicators().isEmpty()).count();
        DataSet.Organization any = organizations.stream().filter(o -> o.units() != null).findFirst().orElseThrow();
        if (!outcomes.has(any.user("admin"), ORGANIZATIONS + "?size=1")) {
            Log.info("skipped " + file.series().size() + " benchmark values of " + file.organization()
                    + ": outcomes-service has no " + ORGANIZATIONS + " yet");
            return;
        }
        int recorded = 0;
        for (BenchmarkFile.Series s : file.series()) {
            for (BenchmarkFile.IndicatorRef ref : s.indicators()) {
                DataSet.Organization region = organizations.stream()
                        .filter(o -> o.units() != null && o.units().organization().equals(ref.organization())).findFirst()
                        .orElseThrow(
                                () -> new LoadFailure("benchmark " + s.code() + ": no organization " + ref.organization()));
                String benchmarkId = outcomes.findOrCreate(region.user("admin"), ORGANIZATIONS, Map.of(),
                        Api.field("code", file.organization()),
                        Body.of().put("code", file.organization()).put("name", file.name()).map()).id();
                String indicatorId = indicator(region.user("viewer"), ref);
                Map<String, Object> value = Body.of().put("indicatorId", indicatorId).put("orgUnitId", benchmarkId)
                        .put("period", s.period()).put("valueKind", "PERIOD").put("total", s.value())
                        .put("sourceSystem", file.organization() + " (" + s.seed() + ")").map();
                long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
                while (true) {
                    Api.Answer a = outcomes.postRaw(region.user("reporter"), "/api/v1/measurements", "application/json", value);
                    if (a.status() == 200 || a.status() == 201) {
                        break;
                    }
                    // outcomes-service learns of the indicator from styrkort.goals a moment after it was created.
                    if (a.status() != 400 || !a.raw().contains("no such indicator") || System.nanoTime() > deadline) {
                        throw new LoadFailure(
                                "benchmark value " + s.code() + " " + s.period() + ": HTTP " + a.status() + " " + a.raw());
                    }
                    Pause.briefly();
                }
                recorded++;
            }
        }
        Log.info("benchmark " + file.organization() + ": " + recorded + " values recorded for the regions' indicators; "
                + (file.series().size() - linked) + " quoted values name no indicator of the seeds and are not loaded");
    }

    private String indicator(String viewer, BenchmarkFile.IndicatorRef ref) {
        JsonNode plan = goals.find(viewer, "/api/v1/plans", Map.of("q", ref.plan()), Api.field("name", ref.plan()))
                .orElseThrow(() -> new LoadFailure("benchmark: no plan '" + ref.plan() + "'"));
        JsonNode goal = goals
                .find(viewer, "/api/v1/goals", Map.of("planId", plan.path("id").asText()), Api.field("title", ref.goal()))
                .orElseThrow(() -> new LoadFailure("benchmark: no goal '" + ref.goal() + "'"));
        String name = ref.indicator() == null ? ref.goal() : ref.indicator();
        Optional<JsonNode> indicator = goals.find(viewer, "/api/v1/indicators", Map.of("goalId", goal.path("id").asText()),
                Api.field("name", name));
        return indicator.orElseThrow(() -> new LoadFailure("benchmark: no indicator '" + name + "'")).path("id").asText();
    }
}
