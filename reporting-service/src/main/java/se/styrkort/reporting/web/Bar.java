package se.styrkort.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateExtension;
import se.styrkort.reporting.report.RollupView;

/** The stacked bar of a roll-up: one segment per status, as wide as its share, each with its mark and count. */
public record Bar(String status, int count, BigDecimal share, int percent) {

    @TemplateExtension
    static List<Bar> bar(RollupView r) {
        List<Bar> bars = new ArrayList<>();
        add(bars, "GREEN", r.counts().green(), r.shares().green(), r.wholePercent().green());
        add(bars, "YELLOW", r.counts().yellow(), r.shares().yellow(), r.wholePercent().yellow());
        add(bars, "RED", r.counts().red(), r.shares().red(), r.wholePercent().red());
        add(bars, "NOT_MEASURABLE", r.counts().notMeasurable(), r.shares().notMeasurable(), r.wholePercent().notMeasurable());
        return bars;
    }

    /** All four statuses, also those with no goals, as the table of numbers shows them. */
    @TemplateExtension
    static List<Bar> statuses(RollupView r) {
        return List.of(new Bar("GREEN", r.counts().green(), r.shares().green(), r.wholePercent().green()),
                new Bar("YELLOW", r.counts().yellow(), r.shares().yellow(), r.wholePercent().yellow()),
                new Bar("RED", r.counts().red(), r.shares().red(), r.wholePercent().red()),
                new Bar("NOT_MEASURABLE", r.counts().notMeasurable(), r.shares().notMeasurable(),
                        r.wholePercent().notMeasurable()));
    }

    /** The previous period in words, as the change is compared with. */
    @TemplateExtension
    static String previousLabel(RollupView r) {
        return Sv.period(r.change().previousPeriod());
    }

    private static void add(List<Bar> bars, String status, int count, BigDecimal share, int percent) {
        if (count > 0) {
            bars.add(new Bar(status, count, share, percent));
        }
    }

    /** The segment's width as CSS wants it, whatever the locale. */
    public String width() {
        return share == null ? "0" : share.toPlainString();
    }
}
