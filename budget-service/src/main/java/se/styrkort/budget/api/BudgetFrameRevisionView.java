package se.styrkort.budget.api;

import java.time.Instant;

import se.styrkort.platform.events.ChangeType;

/** One version of a frame: what it was, who made it so and when. */
public record BudgetFrameRevisionView(long version, ChangeType changeType, Instant changedAt, String changedBy,
        BudgetFrameView state) {
}
