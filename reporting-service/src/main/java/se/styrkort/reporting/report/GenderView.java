package se.styrkort.reporting.report;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import se.styrkort.platform.api.Page;
import se.styrkort.reporting.readmodel.OrgUnit;

/**
 * The K/M values and the gap per period of a plan's indicators that are split by gender (the indicator's or its goal's split).
 */
@ApplicationScoped
public class GenderView {

    @Inject
    EntityManager em;

    public Page<GenderLine> of(UUID plan, String period, UUID indicator, UUID unit, int page, int size) {
        String where = " from Measurement m, Indicator i, Goal g where m.indicatorId = i.id and i.goalId = g.id"
                + " and g.planId = :plan and (i.genderSplit = true or g.genderSplit = true)"
                + " and (m.women is not null or m.men is not null)"
                + (period != null ? " and m.period = :period" : "") + (indicator != null ? " and i.id = :indicator" : "")
                + (unit != null ? " and m.orgUnitId = :unit" : "");
        var rows = em.createQuery(
                "select m, i.name, g.id" + where + " order by i.name, i.id, m.period, m.orgUnitId, m.valueKind",
                Object[].class);
        var count = em.createQuery("select count(m)" + where, Long.class);
        for (var q : List.of(rows, count)) {
            q.setParameter("plan", plan);
            if (period != null) {
                q.setParameter("period", period);
            }
            if (indicator != null) {
                q.setParameter("indicator", indicator);
            }
            if (unit != null) {
                q.setParameter("unit", unit);
            }
        }
        List<Object[]> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<UUID, String> names = OrgUnit.names(em,
                found.stream().map(r -> ((se.styrkort.reporting.readmodel.Measurement) r[0]).orgUnitId).distinct().toList());
        List<GenderLine> items = found.stream().map(r -> {
            var m = (se.styrkort.reporting.readmodel.Measurement) r[0];
            return new GenderLine(m.indicatorId, (String) r[1], (UUID) r[2], m.orgUnitId,
                    names.getOrDefault(m.orgUnitId, m.orgUnitId.toString()), m.period, m.valueKind, m.women, m.men, m.total,
                    m.women != null && m.men != null ? m.women.subtract(m.men) : null);
        }).toList();
        return new Page<>(items, page, size, count.getSingleResult());
    }
}
