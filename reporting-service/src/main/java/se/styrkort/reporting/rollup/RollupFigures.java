package se.styrkort.reporting.rollup;

import java.math.BigDecimal;

/** A roll-up as the API and the events show it: counts, one-decimal shares, whole percentages and the overall status. */
public record RollupFigures(Counts counts, Shares shares, WholePercent wholePercent, Status overallStatus) {

    public record Counts(int green, int yellow, int red, int notMeasurable, int total) {
    }

    public record Shares(BigDecimal green, BigDecimal yellow, BigDecimal red, BigDecimal notMeasurable) {
    }

    public record WholePercent(int green, int yellow, int red, int notMeasurable) {
    }

    public static RollupFigures of(Rollup r) {
        return new RollupFigures(counts(r),
                new Shares(r.shares().get(Status.GREEN), r.shares().get(Status.YELLOW), r.shares().get(Status.RED),
                        r.shares().get(Status.NOT_MEASURABLE)),
                new WholePercent(r.wholePercents().get(Status.GREEN), r.wholePercents().get(Status.YELLOW),
                        r.wholePercents().get(Status.RED), r.wholePercents().get(Status.NOT_MEASURABLE)),
                r.overall());
    }

    public static Counts counts(Rollup r) {
        return new Counts(r.counts().get(Status.GREEN), r.counts().get(Status.YELLOW), r.counts().get(Status.RED),
                r.counts().get(Status.NOT_MEASURABLE), r.total());
    }
}
