package se.styrkort.demo.data;

import java.math.BigDecimal;
import java.util.List;

/**
 * Budget frames and adjustments of one seed, in mkr as the seeds write them (costs negative,
 * revenues positive). {@code background} keeps the amounts the seed gives that are already part of
 * an adopted frame, so they are shown, not loaded again as adjustments.
 */
public record BudgetFile(String type, String seed, List<String> notes, List<Frame> frames,
        List<Adjustment> adjustments, List<Background> background) {

    /** {@code unit} is an org unit key; kind BUDGET or PLAN. */
    public record Frame(String unit, int year, String kind, List<Line> lines, String note) {
    }

    /** Amounts in mkr. */
    public record Line(String category, BigDecimal officials, BigDecimal electedMembers) {
    }

    /** An adjustment of the frame (unit, year, frameKind); amount in mkr. */
    public record Adjustment(String unit, int year, String frameKind, String kind, String part, BigDecimal amount,
            String reason, String decisionRef) {
    }

    /** An amount the seed names as part of a frame, in mkr, with its reason and decision. */
    public record Background(Integer year, String unit, BigDecimal amount, String reason, String decisionRef) {
    }
}
