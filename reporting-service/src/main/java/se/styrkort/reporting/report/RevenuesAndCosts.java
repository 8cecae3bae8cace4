package se.styrkort.reporting.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.platform.domain.Period;
import se.styrkort.reporting.readmodel.AccountFigure;
import se.styrkort.reporting.readmodel.AccountStructure;
import se.styrkort.reporting.readmodel.OrgUnit;
import se.styrkort.reporting.readmodel.ReadModel;

/**
 * The revenue and cost tables of units for a period, computed from the account figures: a row takes
 * its accumulated figures of the period, or else its monthly figures from January to the period's
 * last month added; a sum adds the rows it names, through other sums. One table per unit and
 * structure that has figures, in the structure's order.
 */
@ApplicationScoped
public class RevenuesAndCosts {

    @Inject
    EntityManager em;

    @Inject
    ReadModel readModel;

    public List<AccountLine> of(Period period, Collection<UUID> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= period.lastMonth(); m++) {
            months.add(String.format("%d-%02d", period.year(), m));
        }
        List<AccountFigure> figures = em.createQuery("from AccountFigure where orgUnitId in :units and"
                + " ((valueKind = 'ACCUMULATED' and period = :period) or (valueKind = 'MONTH' and period in :months))",
                AccountFigure.class).setParameter("units", units).setParameter("period", period.toString())
                .setParameter("months", months).getResultList();
        // Per unit and structure, per row: outcome, budget, last year; accumulated figures win over months.
        Map<List<UUID>, Map<String, BigDecimal[]>> accumulated = new LinkedHashMap<>();
        Map<List<UUID>, Map<String, BigDecimal[]>> monthly = new LinkedHashMap<>();
        for (AccountFigure f : figures) {
            var target = "ACCUMULATED".equals(f.valueKind) ? accumulated : monthly;
            BigDecimal[] sum = target.computeIfAbsent(List.of(f.orgUnitId, f.structureId), k -> new HashMap<>())
                    .computeIfAbsent(f.account, a -> new BigDecimal[3]);
            sum[0] = plus(sum[0], f.outcome);
            sum[1] = plus(sum[1], f.budget);
            sum[2] = plus(sum[2], f.previousYear);
        }
        monthly.forEach((key, rows) -> rows.forEach(accumulated.computeIfAbsent(key, k -> new HashMap<>())::putIfAbsent));
        if (accumulated.isEmpty()) {
            return List.of();
        }
        Map<UUID, AccountStructure> structures = new HashMap<>();
        em.createQuery("from AccountStructure where id in :ids", AccountStructure.class)
                .setParameter("ids", accumulated.keySet().stream().map(k -> k.get(1)).distinct().toList()).getResultList()
                .forEach(s -> structures.put(s.id, s));
        Map<UUID, String> names = OrgUnit.names(em, accumulated.keySet().stream().map(k -> k.get(0)).distinct().toList());
        List<List<UUID>> keys = accumulated.keySet().stream()
                .filter(k -> structures.containsKey(k.get(1)))
                .sorted(Comparator.comparing((List<UUID> k) -> names.getOrDefault(k.get(0), k.get(0).toString()))
                        .thenComparing(k -> structures.get(k.get(1)).name).thenComparing(k -> k.get(0)))
                .toList();
        List<AccountLine> lines = new ArrayList<>();
        for (List<UUID> key : keys) {
            AccountStructure structure = structures.get(key.get(1));
            Map<String, List<String>> sumOf = accounts(structure);
            Map<String, BigDecimal[]> rows = accumulated.get(key);
            String unitName = names.getOrDefault(key.get(0), key.get(0).toString());
            sumOf.forEach((account, parts) -> {
                List<String> leaves = leaves(account, sumOf);
                BigDecimal outcome = total(leaves, rows, f -> f[0]);
                BigDecimal budget = total(leaves, rows, f -> f[1]);
                BigDecimal previousYear = total(leaves, rows, f -> f[2]);
                lines.add(new AccountLine(key.get(0), unitName, structure.id, structure.name, account, parts != null,
                        outcome, budget, minus(outcome, budget), previousYear, minus(outcome, previousYear)));
            });
        }
        return lines;
    }

    /** The structure's rows in order, each with what it adds (null for a row). */
    private Map<String, List<String>> accounts(AccountStructure structure) {
        Map<String, List<String>> accounts = new LinkedHashMap<>();
        try {
            for (JsonNode a : readModel.mapper().readTree(structure.accounts)) {
                List<String> parts = null;
                if (a.path("sumOf").isArray() && !a.path("sumOf").isEmpty()) {
                    parts = new ArrayList<>();
                    for (JsonNode p : a.path("sumOf")) {
                        parts.add(p.asText());
                    }
                }
                accounts.put(a.path("name").asText(), parts);
            }
        } catch (IOException e) {
            // Stored as read from a valid event; an unreadable structure shows no lines.
            return Map.of();
        }
        return accounts;
    }

    /** The rows a line adds up; budget-service refuses sums that include themselves, and a cycle is cut here too. */
    private static List<String> leaves(String account, Map<String, List<String>> sumOf) {
        List<String> leaves = new ArrayList<>();
        collect(account, sumOf, leaves, new ArrayList<>());
        return leaves;
    }

    private static void collect(String account, Map<String, List<String>> sumOf, List<String> leaves, List<String> path) {
        List<String> parts = sumOf.get(account);
        if (parts == null) {
            leaves.add(account);
        } else if (!path.contains(account)) {
            path.add(account);
            parts.forEach(p -> collect(p, sumOf, leaves, path));
            path.remove(path.size() - 1);
        }
    }

    private static BigDecimal total(List<String> leaves, Map<String, BigDecimal[]> rows,
            Function<BigDecimal[], BigDecimal> column) {
        BigDecimal total = null;
        for (String leaf : leaves) {
            BigDecimal[] f = rows.get(leaf);
            total = plus(total, f == null ? null : column.apply(f));
        }
        return total;
    }

    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }
}
