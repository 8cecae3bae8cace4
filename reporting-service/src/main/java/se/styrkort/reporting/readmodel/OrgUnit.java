package se.styrkort.reporting.readmodel;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
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

    /** The names of these units by id, for the tables that show a unit's name; a unit not yet known is left out. */
    public static Map<UUID, String> names(EntityManager em, Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("from OrgUnit where id in :ids", OrgUnit.class).setParameter("ids", ids).getResultList()
                    .forEach(u -> names.put(u.id, u.name));
        }
        return names;
    }
}
