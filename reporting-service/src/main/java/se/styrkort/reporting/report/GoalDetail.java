package se.styrkort.reporting.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.reporting.rollup.Status;

/**
 * One goal in one period as the report's goal table shows it (goal, outcome, target, status,
 * comment), with the computed and assessed status, the forecast and the numbers behind each indicator.
 */
public record GoalDetail(UUID goalId, String title, UUID strategyId, String strategyName, UUID overallGoalId,
        String overallGoalTitle, UUID ownerUnitId, String ownerUnitName, Status status, String computedStatus,
        String reason, String assessedStatus, String justification, String outcome, String target,
        String comment, String plannedActions, BigDecimal forecastValue, String forecastStatus,
        List<IndicatorDetail> indicators) {

    /** An indicator's status in the period with the outcome, the target and what the outcome was compared with. */
    public record IndicatorDetail(UUID indicatorId, String name, String unitOfMeasure, String status, String reason,
            BigDecimal total, BigDecimal women, BigDecimal men, String valueKind, JsonNode target,
            BigDecimal comparedWith, BigDecimal tolerance) {
    }
}
