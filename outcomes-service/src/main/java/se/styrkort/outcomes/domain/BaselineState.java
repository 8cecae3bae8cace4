package se.styrkort.outcomes.domain;

import java.math.BigDecimal;

/** A baseline (ingångsvärde) of an indicator, as goals-service publishes it. */
public record BaselineState(String period, BigDecimal value, BigDecimal women, BigDecimal men) {
}
