package se.styrkort.demo.load;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import se.styrkort.demo.data.BudgetFile;
import se.styrkort.demo.data.DataSet;
import se.styrkort.demo.data.PlanFile;
import se.styrkort.demo.http.Api;
import se.styrkort.demo.http.LoadFailure;
import se.styrkort.demo.http.Tokens;

/**
 * Loads the demo data folder into a running stack through the services' public REST APIs.
 * java -cp … se.styrkort.demo.load.DemoLoad DATA_DIR
 * Environment: STYRKORT_OIDC_URL (the issuer, default http://127.0.0.1:8180/styrkort),
 * STYRKORT_GOALS_URL, STYRKORT_OUTCOMES_URL, STYRKORT_BUDGET_URL (defaults 127.0.0.1:8081..8083).
 * Exit code 0 when everything was loaded (or already there), 1 with the failing call otherwise.
 */
public final class DemoLoad {

    private DemoLoad() {
    }

    /** Where the services and the issuer are. */
    public record Endpoints(String issuer, String goals, String outcomes, String budget) {

        static Endpoints fromEnvironment(Map<String, String> env) {
            return new Endpoints(env.getOrDefault("STYRKORT_OIDC_URL", "http://127.0.0.1:8180/styrkort"),
                    env.getOrDefault("STYRKORT_GOALS_URL", "http://127.0.0.1:8081"),
                    env.getOrDefault("STYRKORT_OUTCOMES_URL", "http://127.0.0.1:8082"),
                    env.getOrDefault("STYRKORT_BUDGET_URL", "http://127.0.0.1:8083"));
        }
    }

    public static void main(String[] args) {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: DemoLoad DATA_DIR");
            System.exit(2);
        }
        try {
            run(Path.of(args[0]), Endpoints.fromEnvironment(System.getenv()));
        } catch (LoadFailure | java.io.IOException e) {
            System.err.println("demo: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Runs the parts side by side and waits for all; the first failure is the run's. */
    static void runAll(List<Callable<Void>> parts) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parts.size(), 4));
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (Callable<Void> part : parts) {
                running.add(pool.submit(part));
            }
            for (Future<Void> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    running.forEach(r -> r.cancel(true));
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new LoadFailure(e.getCause().toString(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LoadFailure("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    public static void run(Path data, Endpoints at) throws java.io.IOException {
        List<DataSet.Organization> organizations = DataSet.read(data);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Tokens tokens = new Tokens(http, DataSet.JSON, at.issuer());
        Api goals = new Api(http, DataSet.JSON, tokens, at.goals());
        Api outcomes = new Api(http, DataSet.JSON, tokens, at.outcomes());
        Api budget = new Api(http, DataSet.JSON, tokens, at.budget());
        long started = System.nanoTime();
        for (DataSet.Organization org : organizations) {
            if (org.units() == null) {
                new BenchmarkLoader(goals, outcomes, organizations).load(org.benchmarks());
                continue;
            }
            Log.info("== " + org.units().organization());
            Map<String, String> units = new OrgUnitLoader(goals).load(org.units(), org.user("admin"));
            // The plans, and the budget, do not depend on each other: they load side by side, each
            // in its own order (a plan's goals keep the seed's order).
            List<Callable<Void>> parts = new ArrayList<>();
            for (PlanFile plan : org.plans()) {
                parts.add(() -> {
                    PlanLoader.LoadedPlan loaded = new PlanLoader(goals, org.user("planner"), units).load(plan);
                    if (plan.report() != null) {
                        new OutcomeLoader(outcomes, org.user("feed")).load(plan, loaded, units);
                        new AssessmentLoader(outcomes, org.user("reporter")).load(plan, loaded);
                    }
                    return null;
                });
            }
            parts.add(() -> {
                BudgetLoader budgets = new BudgetLoader(budget, org.user("economist"), units);
                for (BudgetFile file : org.budgets()) {
                    budgets.load(file);
                }
                InvestmentLoader investments = new InvestmentLoader(budget, org.user("economist"), units);
                for (DataSet.Table table : org.investments()) {
                    investments.load(table);
                }
                StaffLoader staff = new StaffLoader(budget, org.user("economist"), units);
                for (DataSet.Table table : org.staff()) {
                    staff.load(table);
                }
                RevenueAndCostLoader ledgers = new RevenueAndCostLoader(budget, org.user("economist"), units);
                for (DataSet.Table table : org.ledgers()) {
                    ledgers.load(table);
                }
                return null;
            });
            runAll(parts);
        }
        Log.info("demo data loaded in " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
    }
}
