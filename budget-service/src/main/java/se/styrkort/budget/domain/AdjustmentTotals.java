package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** The sum of each frame's adjustments, read in one query for a whole page or year of frames. */
@ApplicationScoped
public class AdjustmentTotals {

    public Map<UUID, Amounts> of(Collection<UUID> frameIds) {
        Map<UUID, Amounts> totals = new HashMap<>();
        if (frameIds.isEmpty()) {
            return totals;
        }
        List<Object[]> rows = BudgetAdjustment.getEntityManager().createQuery(
                "select a.frameId, a.part, sum(a.amount) from BudgetAdjustment a where a.frameId in :ids"
                        + " group by a.frameId, a.part",
                Object[].class)
                .setParameter("ids", frameIds).getResultList();
        for (Object[] row : rows) {
            totals.merge((UUID) row[0], Amounts.of((BudgetPart) row[1], (BigDecimal) row[2]), Amounts::plus);
        }
        return totals;
    }

    public Amounts of(UUID frameId) {
        return of(List.of(frameId)).getOrDefault(frameId, Amounts.ZERO);
    }
}
