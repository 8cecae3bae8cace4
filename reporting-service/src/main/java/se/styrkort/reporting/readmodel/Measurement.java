package se.styrkort.reporting.readmodel;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** A measured outcome in total and by gender, from {@code styrkort.outcomes}. */
@Entity
@Table(name = "measurement")
public class Measurement extends ReadRow {

    @NotNull
    @Column(name = "indicator_id")
    public UUID indicatorId;

    @NotNull
    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    @NotNull
    public String period;

    @NotNull
    @Column(name = "value_kind")
    public String valueKind;

    public BigDecimal total;

    public BigDecimal women;

    public BigDecimal men;

    @Column(name = "source_system")
    public String sourceSystem;
}
