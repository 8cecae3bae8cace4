package se.styrkort.goals.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import se.styrkort.platform.domain.TargetKind;

/** An indicator's målvärde for one year; which values it has depends on its kind (see TargetRules). */
@Embeddable
public class Target {

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetKind kind;

    public BigDecimal value;

    public BigDecimal lo;

    public BigDecimal hi;

    /** INCREASE / DECREASE: the period whose outcome is the reference, or a fixed reference value. */
    public String referencePeriod;

    public BigDecimal referenceValue;

    /** BENCHMARK: the organization whose series it is compared with, such as "riket". */
    public String benchmarkOrganization;

    /** K_OF_N: how many of the indicator's sub-indicators must be green. */
    public Integer k;

    /** The target as the plan words it ("Minst 20 %", "Kompletteras efter 2022"). */
    public String wording;

    Target copy() {
        Target t = new Target();
        t.year = year;
        t.kind = kind;
        t.value = value;
        t.lo = lo;
        t.hi = hi;
        t.referencePeriod = referencePeriod;
        t.referenceValue = referenceValue;
        t.benchmarkOrganization = benchmarkOrganization;
        t.k = k;
        t.wording = wording;
        return t;
    }

    /** The same target with its decimals free of trailing zeros, for telling real changes from rewrites. */
    Target normalized() {
        Target t = copy();
        t.value = strip(value);
        t.lo = strip(lo);
        t.hi = strip(hi);
        t.referenceValue = strip(referenceValue);
        return t;
    }

    private static BigDecimal strip(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros();
    }
}
