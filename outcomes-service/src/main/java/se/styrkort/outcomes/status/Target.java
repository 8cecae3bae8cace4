package se.styrkort.outcomes.status;

import java.math.BigDecimal;

import se.styrkort.platform.domain.TargetKind;

/**
 * A target value for one year: {@code value} for AT_LEAST / AT_MOST, {@code low}..{@code high}
 * for RANGE, {@code reference} for INCREASE / DECREASE, {@code k} of the sub-indicators for K_OF_N.
 */
public record Target(TargetKind kind, BigDecimal value, BigDecimal low, BigDecimal high, BigDecimal reference,
        Integer k) {

    public static Target atLeast(String value) {
        return new Target(TargetKind.AT_LEAST, new BigDecimal(value), null, null, null, null);
    }

    public static Target atMost(String value) {
        return new Target(TargetKind.AT_MOST, new BigDecimal(value), null, null, null, null);
    }

    public static Target range(String low, String high) {
        return new Target(TargetKind.RANGE, null, new BigDecimal(low), new BigDecimal(high), null, null);
    }

    public static Target increase(BigDecimal reference) {
        return new Target(TargetKind.INCREASE, null, null, null, reference, null);
    }

    public static Target decrease(BigDecimal reference) {
        return new Target(TargetKind.DECREASE, null, null, null, reference, null);
    }

    public static Target of(TargetKind kind) {
        return new Target(kind, null, null, null, null, null);
    }

    public static Target kOfN(int k) {
        return new Target(TargetKind.K_OF_N, null, null, null, null, k);
    }
}
