package se.styrkort.reporting.api;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateExtension;
import se.styrkort.reporting.report.AccountLine;
import se.styrkort.reporting.report.EconomyLine;
import se.styrkort.reporting.report.GoalDetail;
import se.styrkort.reporting.report.InvestmentLine;
import se.styrkort.reporting.report.ReportView;
import se.styrkort.reporting.report.RollupView;
import se.styrkort.reporting.rollup.RollupFigures;
import se.styrkort.reporting.rollup.Status;

/** The types the report page reads, and the status's printed name and mark. */
@TemplateData(target = ReportView.class)
@TemplateData(target = ReportView.Section.class)
@TemplateData(target = RollupView.class)
@TemplateData(target = RollupView.Change.class)
@TemplateData(target = RollupView.Move.class)
@TemplateData(target = GoalDetail.class)
@TemplateData(target = GoalDetail.IndicatorDetail.class)
@TemplateData(target = EconomyLine.class)
@TemplateData(target = AccountLine.class)
@TemplateData(target = InvestmentLine.class)
@TemplateData(target = InvestmentLine.CategoryTotal.class)
@TemplateData(target = RollupFigures.Counts.class)
@TemplateData(target = RollupFigures.Shares.class)
@TemplateData(target = RollupFigures.WholePercent.class)
@TemplateData(target = Status.class)
@TemplateData(target = TemplateTypes.StatusRow.class)
public final class TemplateTypes {

    private TemplateTypes() {
    }

    /** One status of a roll-up as a row of the report's status tables. */
    public record StatusRow(Status status, int count, java.math.BigDecimal share, int percent) {
    }

    @TemplateExtension
    static java.util.List<StatusRow> rows(RollupView r) {
        return java.util.List.of(new StatusRow(Status.GREEN, r.counts().green(), r.shares().green(), r.wholePercent().green()),
                new StatusRow(Status.YELLOW, r.counts().yellow(), r.shares().yellow(), r.wholePercent().yellow()),
                new StatusRow(Status.RED, r.counts().red(), r.shares().red(), r.wholePercent().red()),
                new StatusRow(Status.NOT_MEASURABLE, r.counts().notMeasurable(), r.shares().notMeasurable(),
                        r.wholePercent().notMeasurable()));
    }

    @TemplateExtension
    static String label(Status status) {
        return status == null ? "" : switch (status) {
            case GREEN -> "Green";
            case YELLOW -> "Yellow";
            case RED -> "Red";
            case NOT_MEASURABLE -> "Not measurable";
        };
    }

    /** A different shape per status, so the mark still tells them apart printed in black and white. */
    @TemplateExtension
    static String mark(Status status) {
        return status == null ? "" : switch (status) {
            case GREEN -> "●";
            case YELLOW -> "▲";
            case RED -> "■";
            case NOT_MEASURABLE -> "○";
        };
    }
}
