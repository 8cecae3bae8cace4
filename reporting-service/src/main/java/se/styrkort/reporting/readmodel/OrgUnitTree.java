package se.styrkort.reporting.readmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

/** The org unit tree as the read model holds it. */
public final class OrgUnitTree {

    private OrgUnitTree() {
    }

    /** A unit and every unit below it, the unit first: whose economy a plan's follow-up shows. */
    public static Set<UUID> andBelow(EntityManager em, UUID root) {
        Map<UUID, List<UUID>> children = new HashMap<>();
        for (OrgUnit u : em.createQuery("from OrgUnit", OrgUnit.class).getResultList()) {
            if (u.parentId != null) {
                children.computeIfAbsent(u.parentId, k -> new ArrayList<>()).add(u.id);
            }
        }
        Set<UUID> units = new LinkedHashSet<>();
        List<UUID> queue = new ArrayList<>(List.of(root));
        while (!queue.isEmpty()) {
            UUID u = queue.remove(queue.size() - 1);
            if (units.add(u)) {
                queue.addAll(children.getOrDefault(u, List.of()));
            }
        }
        return units;
    }
}
