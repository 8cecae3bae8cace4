package se.styrkort.reporting.report;

import java.util.List;
import java.util.UUID;

import se.styrkort.reporting.rollup.RollupFigures.Counts;
import se.styrkort.reporting.rollup.RollupFigures.Shares;
import se.styrkort.reporting.rollup.RollupFigures.WholePercent;
import se.styrkort.reporting.rollup.Status;

/** The roll-up of one strategy, overall goal, unit or plan in one period, with the change since the previous period. */
public record RollupView(UUID planId, String period, String level, UUID keyId, String keyName, Counts counts,
        Shares shares, WholePercent wholePercent, Status overallStatus, Change change) {

    /** Against the previous period of the same kind: its figures, and the goals that moved up or down. */
    public record Change(String previousPeriod, Counts previousCounts, Status previousOverallStatus, List<Move> movedUp,
            List<Move> movedDown) {
    }

    /** A goal whose status rose or fell between two measurable colours. */
    public record Move(UUID goalId, String title, Status from, Status to) {
    }
}
