package se.styrkort.reporting.readmodel;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** An org unit (nämnd, förvaltning, enhet) from {@code styrkort.goals}. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends ReadRow {

    @NotNull
    public String name;

    public String kind;

    public UUID parentId;

    public String code;

    public boolean retired;
}
