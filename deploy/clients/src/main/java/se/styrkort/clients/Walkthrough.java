package se.styrkort.clients;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import se.styrkort.clients.budget.api.BudgetFramesApi;
import se.styrkort.clients.budget.model.BudgetSumsView;
import se.styrkort.clients.goals.api.IndicatorsApi;
import se.styrkort.clients.goals.api.OrgUnitsApi;
import se.styrkort.clients.goals.api.PlansApi;
import se.styrkort.clients.goals.model.PlanView;
import se.styrkort.clients.outcomes.api.ImportsApi;
import se.styrkort.clients.outcomes.api.StatusesApi;
import se.styrkort.clients.outcomes.model.ImportMeasurementsRequestInner;
import se.styrkort.clients.outcomes.model.ImportReport;
import se.styrkort.clients.outcomes.model.ValueKind;
import se.styrkort.clients.reporting.api.RollUpsApi;
import se.styrkort.clients.reporting.model.RollupPage;

/**
 * The README's walkthrough through the clients generated from the four services' OpenAPI
 * documents: the board's plan for 2022 (goals-service), one outcome imported as the data warehouse
 * feed and its status (outcomes-service), the roll-up per strategy (reporting-service) and the
 * year's budget sums (budget-service). The build compiles it, so an API change that breaks a
 * generated client breaks the build; run against a local stack with the demo data it makes the
 * walkthrough's calls.
 * <p>
 * Arguments: a viewer's token and a feed's token ({@code deploy/local/token jh-viewer}, {@code jh-feed});
 * {@code STYRKORT_HOST} (default 127.0.0.1) names the host of ports 8081-8084.
 */
public final class Walkthrough {

    private Walkthrough() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Walkthrough VIEWER_TOKEN FEED_TOKEN");
            System.exit(2);
        }
        String host = System.getenv().getOrDefault("STYRKORT_HOST", "127.0.0.1");
        Consumer<HttpRequest.Builder> viewer = bearer(args[0]);
        Consumer<HttpRequest.Builder> feed = bearer(args[1]);

        se.styrkort.clients.goals.ApiClient goals = new se.styrkort.clients.goals.ApiClient()
                .setHost(host).setPort(8081).setRequestInterceptor(viewer);
        PlanView plan = new PlansApi(goals).listPlans(PlansApi.APIListPlansRequest.newBuilder()
                .q("Regionstyrelsens verksamhetsplan 2022").build()).getItems().get(0);
        plan = new PlansApi(goals).getPlan(plan.getId());
        UUID indicator = new IndicatorsApi(goals).listIndicators(IndicatorsApi.APIListIndicatorsRequest.newBuilder()
                .planId(plan.getId()).q("Sjukfrånvaron").build()).getItems().get(0).getId();
        UUID board = new OrgUnitsApi(goals).listOrgUnits(OrgUnitsApi.APIListOrgUnitsRequest.newBuilder()
                .q("Regionstyrelsen").build()).getItems().stream().filter(u -> "Regionstyrelsen".equals(u.getName()))
                .findFirst().orElseThrow().getId();
        System.out.println(plan.getName() + " (" + plan.getStatus() + ")");

        se.styrkort.clients.outcomes.ApiClient outcomes = new se.styrkort.clients.outcomes.ApiClient()
                .setHost(host).setPort(8082).setRequestInterceptor(feed);
        ImportReport report = new ImportsApi(outcomes).importMeasurements(ImportsApi.APIImportMeasurementsRequest
                .newBuilder().importMeasurementsRequestInner(List.of(new ImportMeasurementsRequestInner().indicatorId(indicator)
                        .orgUnitId(board)
                        .period("2022-T2").valueKind(ValueKind.ACCUMULATED).total(new BigDecimal("4.5"))))
                .build());
        System.out.println("import: " + report);
        outcomes.setRequestInterceptor(viewer);
        System.out.println(new StatusesApi(outcomes).listStatuses(StatusesApi.APIListStatusesRequest.newBuilder()
                .indicatorId(indicator).period("2022-T2").build()).getItems());

        se.styrkort.clients.reporting.ApiClient reporting = new se.styrkort.clients.reporting.ApiClient()
                .setHost(host).setPort(8084).setRequestInterceptor(viewer);
        RollupPage rollups = new RollUpsApi(reporting).listRollups(RollUpsApi.APIListRollupsRequest.newBuilder()
                .planId(plan.getId().toString()).period("2022-T2").level("strategy").build());
        rollups.getItems().forEach(r -> System.out.println(r.getKeyName() + ": " + r.getOverallStatus()));

        se.styrkort.clients.budget.ApiClient budget = new se.styrkort.clients.budget.ApiClient()
                .setHost(host).setPort(8083).setRequestInterceptor(viewer);
        BudgetSumsView sums = new BudgetFramesApi(budget).getBudgetFrameSums(BudgetFramesApi.APIGetBudgetFrameSumsRequest
                .newBuilder().year(2022).build());
        System.out.println("budget 2022: " + sums);
    }

    private static Consumer<HttpRequest.Builder> bearer(String token) {
        return request -> request.header("Authorization", "Bearer " + token);
    }
}
