package se.styrkort.reporting.readmodel;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** A measured outcome in total and by gender, from {@code styrkort.outcomes}. */
@Entity
@Table(name = "measurement")
public class Measurement extends UnitFigure {

    @NotNull
    public UUID indicatorId;

    public BigDecimal total;

    public BigDecimal women;

    public BigDecimal men;

    public String sourceSystem;
}
