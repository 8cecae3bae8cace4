package se.styrkort.reporting.readmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** The rows and sums of a revenue and cost table, in the report's order, from {@code styrkort.budget}. */
@Entity
@Table(name = "account_structure")
public class AccountStructure extends ReadRow {

    @NotNull
    public String name;

    /** The rows and sums as published: a JSON array of {name, sumOf}. */
    @NotNull
    @JsonDeserialize(using = RawJson.class)
    public String accounts;
}
