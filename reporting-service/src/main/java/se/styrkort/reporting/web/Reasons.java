package se.styrkort.reporting.web;

import java.math.BigDecimal;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.reporting.report.GoalDetail;

/**
 * An indicator's status in words, as an official would say it in the report:
 * "4,5 % mot målet högst 4,8 %: uppfyllt".
 */
public final class Reasons {

    private Reasons() {
    }

    public static String of(GoalDetail.IndicatorDetail d) {
        if (d.status() == null) {
            return "Inget utfall för perioden ännu.";
        }
        String unit = d.unitOfMeasure();
        String outcome = d.total() == null ? null : Sv.value(d.total(), unit);
        String target = target(d.target(), unit);
        String reason = d.reason() == null ? "" : d.reason();
        return switch (reason) {
            case "NO_DATA" -> "Inget utfall rapporterat för perioden: kan inte mätas.";
            case "NOT_DUE" -> "Följs inte upp den här perioden.";
            case "NO_TARGET" -> (outcome == null ? "" : outcome + ", ") + "inget mål för året: kan inte mätas.";
            case "NO_BENCHMARK" -> "Jämförelsevärdet saknas för perioden: kan inte mätas.";
            case "NO_REFERENCE" -> "Utgångsvärdet saknas: kan inte mätas.";
            case "ACTIVITY_DONE" -> "Aktiviteten är genomförd: " + Sv.meaning(d.status()) + ".";
            case "ACTIVITY_IN_PROGRESS" -> "Aktiviteten pågår: " + Sv.meaning(d.status()) + ".";
            case "ACTIVITY_NOT_DONE" -> "Aktiviteten är inte genomförd: " + Sv.meaning(d.status()) + ".";
            default -> (outcome == null ? "Utfall saknas" : outcome)
                    + (target == null ? "" : " mot målet " + target)
                    + ": " + Sv.meaning(d.status())
                    + ("WITHIN_TOLERANCE".equals(reason) ? " (inom toleransen)" : "") + ".";
        };
    }

    /** A target in words: "högst 4,8 %", "minst 90 %", "mellan 2 och 3 %"; else the plan's own wording. */
    public static String target(JsonNode t, String unit) {
        if (t == null || !t.isObject()) {
            return null;
        }
        String kind = t.path("kind").asText("");
        String u = unit == null || unit.isBlank() ? "" : "\u00a0" + unit;
        return switch (kind) {
            case "AT_MOST" -> t.hasNonNull("value") ? "högst " + Sv.num(t.get("value").decimalValue()) + u : wording(t);
            case "AT_LEAST" -> t.hasNonNull("value") ? "minst " + Sv.num(t.get("value").decimalValue()) + u : wording(t);
            case "RANGE" -> t.hasNonNull("lo") && t.hasNonNull("hi")
                    ? "mellan " + Sv.num(t.get("lo").decimalValue()) + " och " + Sv.num(t.get("hi").decimalValue()) + u
                    : wording(t);
            default -> wording(t);
        };
    }

    /** The target value the chart draws as its line, where the target has one number. */
    public static BigDecimal line(JsonNode t) {
        if (t == null || !t.isObject()) {
            return null;
        }
        if (t.hasNonNull("value")) {
            return t.get("value").decimalValue();
        }
        return null;
    }

    private static String wording(JsonNode t) {
        if (t.hasNonNull("wording")) {
            String w = t.get("wording").asText();
            return w.isEmpty() ? w : w.substring(0, 1).toLowerCase(Locale.ROOT) + w.substring(1);
        }
        return t.path("kind").asText("").toLowerCase(Locale.ROOT);
    }
}
