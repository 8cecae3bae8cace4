package se.styrkort.outcomes.domain;

import java.math.BigDecimal;

import se.styrkort.platform.domain.TargetKind;

/** A target (målvärde) of an indicator for one year, as goals-service publishes it. */
public record TargetState(int year, TargetKind kind, BigDecimal value, BigDecimal lo, BigDecimal hi,
        String referencePeriod, BigDecimal referenceValue, String benchmarkOrganization, Integer k, String wording) {
}
