package se.styrkort.reporting.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import se.styrkort.platform.domain.Period;
import se.styrkort.reporting.readmodel.OrgUnit;
import se.styrkort.reporting.readmodel.StaffFigure;

/**
 * The report's staff table (väsentliga personalförhållanden): the units' head counts of the four
 * years up to the period's end, as the regions' reports set them side by side, each with its change
 * from a year before.
 */
@ApplicationScoped
public class Staff {

    static final int YEARS = 4;

    @Inject
    EntityManager em;

    /** The lines of the units: the first unit given (the plan's owner), then the others by name; then by category and day. */
    public List<StaffLine> of(Period period, List<UUID> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        LocalDate end = YearMonth.of(period.year(), period.lastMonth()).atEndOfMonth();
        // A year more than shown, for the first year's change.
        List<StaffFigure> figures = em.createQuery("from StaffFigure where orgUnitId in :units and asOf <= :end"
                + " and asOf > :start", StaffFigure.class).setParameter("units", units).setParameter("end", end)
                .setParameter("start", end.minusYears(YEARS + 1L)).getResultList();
        Map<String, StaffFigure> byKey = new HashMap<>();
        figures.forEach(f -> byKey.put(key(f.orgUnitId, f.category, f.asOf), f));
        Map<UUID, String> names = OrgUnit.names(em, figures.stream().map(f -> f.orgUnitId).distinct().toList());
        LocalDate first = end.minusYears(YEARS);
        return figures.stream().filter(f -> f.asOf.isAfter(first))
                .sorted(Comparator.<StaffFigure, Boolean> comparing(f -> !f.orgUnitId.equals(units.get(0)))
                        .thenComparing(f -> names.getOrDefault(f.orgUnitId, "")).thenComparing(f -> f.orgUnitId)
                        .thenComparing(f -> f.category).thenComparing(f -> f.asOf))
                .map(f -> {
                    StaffFigure before = byKey.get(key(f.orgUnitId, f.category, f.asOf.minusYears(1)));
                    return new StaffLine(f.orgUnitId, names.getOrDefault(f.orgUnitId, f.orgUnitId.toString()), f.category,
                            f.asOf, f.total, f.women, f.men, before == null ? null : f.total - before.total,
                            change(f.women, before == null ? null : before.women),
                            change(f.men, before == null ? null : before.men));
                }).toList();
    }

    private static Integer change(Integer now, Integer before) {
        return now == null || before == null ? null : now - before;
    }

    private static String key(UUID unit, String category, LocalDate asOf) {
        return unit + "|" + category + "|" + asOf;
    }
}
