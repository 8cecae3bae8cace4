package se.styrkort.reporting.rollup;

import java.util.UUID;

/** One goal of a plan with the status that counts for it in one period (NOT_MEASURABLE when it has none). */
public record GoalLine(UUID goalId, String title, UUID overallGoalId, UUID ownerUnitId, Status status) {

    /** GREEN above YELLOW above RED; NOT_MEASURABLE has no rank, so a change to or from it moves nothing up or down. */
    public static int rank(Status status) {
        return switch (status) {
            case GREEN -> 3;
            case YELLOW -> 2;
            case RED -> 1;
            case NOT_MEASURABLE -> 0;
        };
    }
}
