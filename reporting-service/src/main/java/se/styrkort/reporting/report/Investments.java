package se.styrkort.reporting.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.platform.domain.Period;
import se.styrkort.reporting.readmodel.Investment;
import se.styrkort.reporting.readmodel.OrgUnit;
import se.styrkort.reporting.readmodel.ReadModel;

/**
 * Investments of a year with the follow-up that applies to a period: the one recorded for that
 * period, else the latest earlier one of the same year.
 */
@ApplicationScoped
public class Investments {

    @Inject
    EntityManager em;

    @Inject
    ReadModel readModel;

    public List<InvestmentLine> of(Period period, Collection<UUID> unitFilter, String category) {
        boolean filtered = unitFilter != null && !unitFilter.isEmpty();
        var query = em.createQuery("from Investment where 1 = 1" + (filtered ? " and orgUnitId in :units" : "")
                + (category != null ? " and category = :category" : "") + " order by category, object, id", Investment.class);
        if (filtered) {
            query.setParameter("units", unitFilter);
        }
        if (category != null) {
            query.setParameter("category", category);
        }
        List<Investment> found = query.getResultList().stream().filter(i -> runsIn(i, period.year())).toList();
        Map<UUID, String> names = OrgUnit.names(em, found.stream().map(i -> i.orgUnitId).distinct().toList());
        List<InvestmentLine> lines = new ArrayList<>();
        for (Investment i : found) {
            JsonNode f = followUp(i, period);
            lines.add(new InvestmentLine(i.id, i.orgUnitId, names.getOrDefault(i.orgUnitId, i.orgUnitId.toString()), i.area,
                    i.object, i.investmentType, i.category, i.amount, i.decisionRef, i.plannedTime, i.procurementContacted,
                    i.completed, f == null ? null : f.path("period").asText(null), decimal(f, "outcomeToDate"),
                    decimal(f, "forecastYearEnd"), f == null ? null : f.path("comment").asText(null)));
        }
        return lines;
    }

    public static List<InvestmentLine.CategoryTotal> totals(List<InvestmentLine> lines) {
        Map<String, List<InvestmentLine>> byCategory = new LinkedHashMap<>();
        lines.forEach(l -> byCategory.computeIfAbsent(String.valueOf(l.category()), k -> new ArrayList<>()).add(l));
        List<InvestmentLine.CategoryTotal> totals = new ArrayList<>();
        byCategory.forEach((c, ls) -> totals.add(new InvestmentLine.CategoryTotal(c, ls.size(),
                sum(ls.stream().map(InvestmentLine::amount).toList()),
                sum(ls.stream().map(InvestmentLine::outcomeToDate).toList()),
                sum(ls.stream().map(InvestmentLine::forecastYearEnd).toList()))));
        return totals;
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private boolean runsIn(Investment i, int year) {
        JsonNode years = json(i.years);
        if (years == null || !years.isArray() || years.isEmpty()) {
            return true;
        }
        for (JsonNode y : years) {
            if (y.asInt() == year) {
                return true;
            }
        }
        return false;
    }

    private JsonNode followUp(Investment i, Period period) {
        JsonNode followUps = json(i.followUps);
        if (followUps == null || !followUps.isArray()) {
            return null;
        }
        JsonNode best = null;
        int bestMonth = -1;
        for (JsonNode f : followUps) {
            Period p;
            try {
                p = Period.parse(f.path("period").asText(""));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (p.equals(period)) {
                return f;
            }
            if (p.year() == period.year() && p.lastMonth() <= period.lastMonth() && p.lastMonth() > bestMonth) {
                best = f;
                bestMonth = p.lastMonth();
            }
        }
        return best;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || !v.isNumber() ? null : v.decimalValue();
    }

    private JsonNode json(String text) {
        try {
            return text == null ? null : readModel.mapper().readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
