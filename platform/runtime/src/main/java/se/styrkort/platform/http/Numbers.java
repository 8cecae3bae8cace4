package se.styrkort.platform.http;

import java.math.BigDecimal;

/**
 * The numbers every store and every reader of an event can hold. Amounts are columns of
 * {@code numeric(18,2)} (16 integer digits), other values unconstrained {@code numeric}, and an
 * event's consumer may read a number as a double: so at most 16 digits before the decimal point and
 * 10 after it, finite. {@code 1e400} is refused rather than stored as what no consumer can read.
 */
public final class Numbers {

    public static final int MAX_INTEGER_DIGITS = 16;
    public static final int MAX_FRACTION_DIGITS = 10;
    /** Longest numeric text made a number: longer is refused by its length, before it is parsed. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** Longest numeric text a JSON parser reads at all (in a tree, say): longer fails the whole body. */
    public static final int MAX_PARSED_LENGTH = 1000;

    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS);

    private Numbers() {
    }

    /** Why the number cannot be taken, or null when it can. */
    public static String refusal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.abs().compareTo(LIMIT) >= 0) {
            return "is too large: at most " + MAX_INTEGER_DIGITS + " digits before the decimal point";
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS) {
            return "has too many decimals: at most " + MAX_FRACTION_DIGITS;
        }
        return null;
    }

    private static final BigDecimal LARGEST_DOUBLE = new BigDecimal(Double.MAX_VALUE);

    /**
     * Why an event's consumer could not read the number, or null: it must be finite when read as a
     * double (a computed value may have more digits than an input may, and is read as it is).
     */
    public static String unreadable(BigDecimal value) {
        return value != null && value.abs().compareTo(LARGEST_DOUBLE) > 0 ? "is larger than a consumer can read" : null;
    }

    public static String unreadable(double value) {
        return Double.isFinite(value) ? null : "is not a finite number";
    }

    public static String refusal(double value) {
        if (!Double.isFinite(value)) {
            return "is not a finite number";
        }
        return refusal(BigDecimal.valueOf(value));
    }
}
