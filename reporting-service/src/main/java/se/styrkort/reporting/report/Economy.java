package se.styrkort.reporting.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.platform.domain.Period;
import se.styrkort.reporting.readmodel.BudgetFrame;
import se.styrkort.reporting.readmodel.Forecast;
import se.styrkort.reporting.readmodel.OrgUnit;
import se.styrkort.reporting.readmodel.ReadModel;

/** Economy per unit and period: frame, adjustments, accumulated budget and actual, deviation, forecast. */
@ApplicationScoped
public class Economy {

    /** The cost categories in the order of the regions' budget tables. */
    static final List<String> CATEGORIES = List.of("EXTERNAL_REVENUE", "INTERNAL_REVENUE", "PERSONNEL", "DRUGS",
            "OTHER_EXTERNAL_COSTS", "DEPRECIATION", "INTERNAL_COSTS");

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    @Inject
    EntityManager em;

    @Inject
    ReadModel readModel;

    /** The lines of the given units (all units with budget data in the year when none are given), unit by unit. */
    public List<EconomyLine> of(Period period, Collection<UUID> unitFilter) {
        int year = period.year();
        int month = period.lastMonth();
        boolean filtered = unitFilter != null && !unitFilter.isEmpty();
        String units = filtered ? " and orgUnitId in :units" : "";
        var frameQuery = em.createQuery("from BudgetFrame where year = :year" + units + " order by kind", BudgetFrame.class)
                .setParameter("year", year);
        var actualQuery = em.createQuery("select a.orgUnitId, a.category, sum(a.amount) from Actual a"
                + " where a.year = :year and a.month <= :month" + units.replace("orgUnitId", "a.orgUnitId")
                + " group by a.orgUnitId, a.category", Object[].class).setParameter("year", year).setParameter("month", month);
        var forecastQuery = em.createQuery("from Forecast where year = :year" + units, Forecast.class).setParameter("year",
                year);
        if (filtered) {
            frameQuery.setParameter("units", unitFilter);
            actualQuery.setParameter("units", unitFilter);
            forecastQuery.setParameter("units", unitFilter);
        }
        // BUDGET sorts before PLAN: the budget year's frame wins where a unit has both.
        Map<UUID, BudgetFrame> frames = new HashMap<>();
        frameQuery.getResultList().forEach(f -> frames.putIfAbsent(f.orgUnitId, f));
        Map<UUID, Map<String, BigDecimal>> actuals = new HashMap<>();
        for (Object[] r : actualQuery.getResultList()) {
            actuals.computeIfAbsent((UUID) r[0], k -> new HashMap<>()).put((String) r[1], (BigDecimal) r[2]);
        }
        Map<UUID, Map<String, BigDecimal>> forecasts = new HashMap<>();
        for (Forecast f : forecastQuery.getResultList()) {
            if (f.amount != null) {
                forecasts.computeIfAbsent(f.orgUnitId, k -> new HashMap<>()).merge(f.category, f.amount, BigDecimal::add);
            }
        }
        Set<UUID> all = new LinkedHashSet<>(frames.keySet());
        all.addAll(actuals.keySet());
        all.addAll(forecasts.keySet());
        Map<UUID, String> names = OrgUnit.names(em, all);
        List<UUID> ordered = all.stream().sorted(Comparator.comparing((UUID u) -> names.getOrDefault(u, u.toString()))
                .thenComparing(u -> u)).toList();
        List<EconomyLine> lines = new ArrayList<>();
        for (UUID unit : ordered) {
            BudgetFrame frame = frames.get(unit);
            Map<String, BigDecimal> adopted = adoptedByCategory(frame);
            Map<String, BigDecimal> actual = actuals.getOrDefault(unit, Map.of());
            Map<String, BigDecimal> forecast = forecasts.getOrDefault(unit, Map.of());
            Set<String> categories = new TreeSet<>(Comparator.comparingInt(Economy::order).thenComparing(c -> c));
            categories.addAll(adopted.keySet());
            categories.addAll(actual.keySet());
            categories.addAll(forecast.keySet());
            String name = names.getOrDefault(unit, unit.toString());
            for (String c : categories) {
                lines.add(
                        line(unit, name, year, month, c, adopted.get(c), null, adopted.get(c), actual.get(c), forecast.get(c)));
            }
            BigDecimal actualSum = sum(actual.values());
            BigDecimal forecastSum = sum(forecast.values());
            lines.add(line(unit, name, year, month, EconomyLine.TOTAL, frame == null ? null : frame.adoptedNet,
                    frame == null ? null : frame.adjustmentsNet, frame == null ? null : frame.currentNet, actualSum,
                    forecastSum));
        }
        return lines;
    }

    private static EconomyLine line(UUID unit, String name, int year, int month, String category, BigDecimal adopted,
            BigDecimal adjustments, BigDecimal current, BigDecimal actual, BigDecimal forecast) {
        BigDecimal accumulatedBudget = current == null ? null
                : current.multiply(BigDecimal.valueOf(month)).divide(TWELVE, 2, RoundingMode.HALF_UP);
        BigDecimal accumulatedActual = actual == null ? BigDecimal.ZERO.setScale(2) : actual.setScale(2, RoundingMode.HALF_UP);
        return new EconomyLine(unit, name, year, month, category, adopted, adjustments, current, accumulatedBudget,
                accumulatedActual, accumulatedBudget == null ? null : accumulatedActual.subtract(accumulatedBudget),
                forecast, forecast == null || current == null ? null : forecast.subtract(current));
    }

    private Map<String, BigDecimal> adoptedByCategory(BudgetFrame frame) {
        Map<String, BigDecimal> adopted = new HashMap<>();
        if (frame == null || frame.lines == null) {
            return adopted;
        }
        try {
            for (JsonNode line : readModel.mapper().readTree(frame.lines)) {
                JsonNode net = line.get("net");
                if (line.hasNonNull("category") && net != null && net.isNumber()) {
                    adopted.merge(line.get("category").asText(), net.decimalValue(), BigDecimal::add);
                }
            }
        } catch (IOException e) {
            // The lines were stored as read from a valid event; unreadable ones simply show no categories.
            return Map.of();
        }
        return adopted;
    }

    private static BigDecimal sum(Collection<BigDecimal> values) {
        return values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int order(String category) {
        int i = CATEGORIES.indexOf(category);
        return i < 0 ? CATEGORIES.size() : i;
    }
}
