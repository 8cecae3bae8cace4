package se.styrkort.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationIdsTest {

    @ParameterizedTest
    @CsvSource({
            "GET, /api/v1/plans, true, listPlans",
            "GET, /api/v1/plans/{id}, false, getPlan",
            "POST, /api/v1/plans, false, createPlan",
            "PUT, /api/v1/plans/{id}, false, updatePlan",
            "POST, /api/v1/plans/{id}/adopt, false, adoptPlan",
            "POST, /api/v1/plans/{id}/versions, false, createPlanVersion",
            "GET, /api/v1/plans/{id}/tree, false, getPlanTree",
            "POST, /api/v1/org-units/{id}/retire, false, retireOrgUnit",
            "GET, /api/v1/strategies, true, listStrategies",
            "GET, /api/v1/strategies/{id}, false, getStrategy",
            "GET, /api/v1/goal-statuses, true, listGoalStatuses",
            "GET, /api/v1/indicators/{id}/target-history, true, listIndicatorTargetHistory",
            "GET, /api/v1/rollups/goals, true, listRollupGoals",
            "GET, /api/v1/budget-frames/sums, false, getBudgetFrameSums",
            "GET, /api/v1/reports/{planId}/{period}, false, getReport",
            "PUT, /api/v1/investments/{id}/follow-ups/{period}, false, updateInvestmentFollowUp",
            "PUT, /api/v1/source-systems/{id}/codes/{kind}/{code}, false, updateSourceSystemCode",
            "DELETE, /api/v1/source-systems/{id}/codes/{kind}/{code}, false, deleteSourceSystemCode",
            "GET, /api/v1/missing-reports, true, listMissingReports" })
    void namesAnOperationByItsMethodAndPath(String method, String path, boolean list, String id) {
        assertThat(OperationIds.of(method, path, list)).isEqualTo(id);
    }
}
