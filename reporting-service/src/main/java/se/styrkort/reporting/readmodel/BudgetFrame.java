package se.styrkort.reporting.readmodel;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A unit's budget frame for a year, from {@code styrkort.budget}: its lines and the net adopted, adjusted and current. */
@Entity
@Table(name = "budget_frame")
public class BudgetFrame extends ReadRow {

    @NotNull
    public UUID orgUnitId;

    @NotNull
    public Integer year;

    @NotNull
    public String kind;

    /** The lines as published: a JSON array of {category, officials, electedMembers, net}. */
    @JsonDeserialize(using = RawJson.class)
    public String lines;

    public BigDecimal adoptedNet;

    public BigDecimal adjustmentsNet;

    public BigDecimal currentNet;

    @JsonSetter("adopted")
    void adopted(JsonNode amounts) {
        adoptedNet = net(amounts);
    }

    @JsonSetter("adjustments")
    void adjustments(JsonNode amounts) {
        adjustmentsNet = net(amounts);
    }

    @JsonSetter("current")
    void current(JsonNode amounts) {
        currentNet = net(amounts);
    }

    private static BigDecimal net(JsonNode amounts) {
        JsonNode net = amounts == null ? null : amounts.get("net");
        return net == null || !net.isNumber() ? null : net.decimalValue();
    }
}
