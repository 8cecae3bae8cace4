package se.styrkort.outcomes.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/** A measured outcome (utfall): the value of one indicator for one org unit and period. */
@Entity
@Table(name = "measurement")
public class Measurement extends Tracked {

    @Column(name = "indicator_id", nullable = false)
    public UUID indicatorId;

    @Column(name = "org_unit_id", nullable = false)
    public UUID orgUnitId;

    @Column(nullable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_kind", nullable = false)
    public ValueKind valueKind;

    @Column(nullable = false)
    public BigDecimal value;

    public String source;

    @Override
    public String aggregateType() {
        return "measurement";
    }
}
