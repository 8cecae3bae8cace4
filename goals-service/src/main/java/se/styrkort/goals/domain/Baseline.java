package se.styrkort.goals.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Ingångsvärde: an indicator's value for a period before the plan, in total and / or for women and men. */
@Embeddable
public class Baseline {

    @Column(nullable = false)
    public String period;

    public BigDecimal value;

    public BigDecimal women;

    public BigDecimal men;

    Baseline copy() {
        Baseline b = new Baseline();
        b.period = period;
        b.value = value;
        b.women = women;
        b.men = men;
        return b;
    }
}
