package se.styrkort.reporting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import se.styrkort.platform.domain.Period;

/**
 * Swedish numbers, amounts, periods, times and status words for the pages ({@code sv:} in the
 * templates): "4,5 %", "2 972,2 mnkr", "2022 tertial 2". Status is always a shape and a word,
 * never a colour alone.
 */
@TemplateExtension(namespace = "sv")
public final class Sv {

    public static final Locale LOCALE = Locale.forLanguageTag("sv-SE");
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm", LOCALE);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

    private Sv() {
    }

    /** A number with at most the given decimals, as written in Swedish: 2 972,2. */
    public static String dec(Object number, int decimals) {
        BigDecimal value = decimal(number);
        if (value == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(LOCALE);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value).replace('\u2212', '-');
    }

    /** A number as the data has it (up to four decimals). */
    public static String num(Object number) {
        return dec(number, 4);
    }

    /** A share with one decimal (25,0 %) or a whole percentage (25 %). */
    public static String pct(Object number) {
        if (number instanceof Integer i) {
            return i + "\u00a0%";
        }
        BigDecimal value = decimal(number);
        if (value == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(LOCALE);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(value) + "\u00a0%";
    }

    static BigDecimal decimal(Object number) {
        if (number == null) {
            return null;
        }
        if (number instanceof BigDecimal d) {
            return d;
        }
        if (number instanceof Integer || number instanceof Long) {
            return BigDecimal.valueOf(((Number) number).longValue());
        }
        if (number instanceof Number n) {
            return BigDecimal.valueOf(n.doubleValue());
        }
        return new BigDecimal(number.toString());
    }

    /** An amount in SEK as million kronor with one decimal: 2 972,2 mnkr. */
    public static String mnkr(BigDecimal sek) {
        if (sek == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(LOCALE);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(sek.divide(MILLION)).replace('\u2212', '-') + "\u00a0mnkr";
    }

    /** An amount in SEK as thousand kronor: 3 491 tkr. */
    public static String tkr(BigDecimal sek) {
        if (sek == null) {
            return "–";
        }
        return dec(sek.divide(THOUSAND), 0) + "\u00a0tkr";
    }

    /** A value with its unit of measure: "4,5 %", "12 st". */
    public static String value(BigDecimal value, String unit) {
        if (value == null) {
            return "–";
        }
        return num(value) + (unit == null || unit.isBlank() ? "" : "\u00a0" + unit);
    }

    public static String time(Instant instant) {
        return instant == null ? "–" : TIME.format(instant.atZone(SWEDEN));
    }

    /** A period in words: 2022 tertial 2, 2022 helår, augusti 2022. */
    public static String period(String period) {
        if (period == null) {
            return "";
        }
        Period p;
        try {
            p = Period.parse(period);
        } catch (IllegalArgumentException e) {
            return period;
        }
        return switch (p.kind()) {
            case YEAR -> p.year() + " helår";
            case TERTIAL -> p.year() + " tertial " + p.number() + (p.number() == 2 ? " (delår)" : "");
            case MONTH ->
                java.time.Month.of(p.number()).getDisplayName(java.time.format.TextStyle.FULL, LOCALE) + " " + p.year();
            case TERM -> p.year() + (p.number() == 1 ? " vårtermin" : " hösttermin");
        };
    }

    /** The status word: Grön, Gul, Röd, Ej mätbar. */
    public static String status(Object s) {
        String status = s == null ? null : s.toString();
        if (status == null) {
            return "Ingen status";
        }
        return switch (status) {
            case "GREEN" -> "Grön";
            case "YELLOW" -> "Gul";
            case "RED" -> "Röd";
            case "NOT_MEASURABLE" -> "Ej mätbar";
            default -> status;
        };
    }

    /** A shape per status, so that it reads without colour and printed in black and white. */
    public static String mark(Object s) {
        String status = s == null ? null : s.toString();
        if (status == null) {
            return "–";
        }
        return switch (status) {
            case "GREEN" -> "●";
            case "YELLOW" -> "▲";
            case "RED" -> "■";
            default -> "○";
        };
    }

    /** What a status means for the goal: uppfyllt, delvis uppfyllt, ej uppfyllt. */
    public static String meaning(Object s) {
        String status = s == null ? null : s.toString();
        if (status == null) {
            return "ingen status ännu";
        }
        return switch (status) {
            case "GREEN" -> "uppfyllt";
            case "YELLOW" -> "delvis uppfyllt";
            case "RED" -> "ej uppfyllt";
            default -> "kan inte mätas";
        };
    }

    /** A plan's status: Utkast, Antagen. */
    public static String planStatus(String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "DRAFT" -> "Utkast";
            case "ADOPTED" -> "Antagen";
            case "ARCHIVED", "CLOSED" -> "Avslutad";
            default -> status;
        };
    }

    /** A budget category in Swedish. */
    public static String category(String category) {
        if (category == null) {
            return "";
        }
        return switch (category) {
            case "TOTAL" -> "Totalt";
            case "EXTERNAL_REVENUE" -> "Externa intäkter";
            case "INTERNAL_REVENUE" -> "Interna intäkter";
            case "PERSONNEL" -> "Personalkostnader";
            case "PURCHASED_CARE" -> "Köpt vård";
            case "MEDICINES" -> "Läkemedel";
            case "MATERIALS" -> "Material";
            case "OTHER_COSTS" -> "Övriga kostnader";
            case "DEPRECIATION" -> "Avskrivningar";
            case "FINANCIAL" -> "Finansiella poster";
            default -> category.charAt(0) + category.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
