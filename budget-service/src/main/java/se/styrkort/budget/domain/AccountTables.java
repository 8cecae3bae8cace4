package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import se.styrkort.platform.domain.Period;

/**
 * The revenue and cost table ("Intäkter och kostnader") of a unit and period, computed from the
 * recorded figures: a row takes its accumulated figures of the period, or else the sum of its
 * monthly figures from January to the period's last month; a sum adds its parts.
 */
@ApplicationScoped
public class AccountTables {

    public List<AccountTableLine> of(AccountStructure structure, UUID orgUnitId, Period period) {
        Map<String, BigDecimal[]> rows = new HashMap<>();
        List<AccountFigure> accumulated = AccountFigure.list(
                "structureId = ?1 and orgUnitId = ?2 and period = ?3 and valueKind = ?4", structure.id, orgUnitId,
                period.toString(), ValueKind.ACCUMULATED);
        accumulated.forEach(f -> rows.put(f.account, figures(f)));
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= period.lastMonth(); m++) {
            months.add(String.format("%d-%02d", period.year(), m));
        }
        List<AccountFigure> monthly = AccountFigure.list(
                "structureId = ?1 and orgUnitId = ?2 and period in ?3 and valueKind = ?4", structure.id, orgUnitId,
                months, ValueKind.MONTH);
        Map<String, BigDecimal[]> monthSums = new HashMap<>();
        for (AccountFigure f : monthly) {
            BigDecimal[] sum = monthSums.computeIfAbsent(f.account, a -> new BigDecimal[3]);
            BigDecimal[] add = figures(f);
            for (int i = 0; i < 3; i++) {
                sum[i] = plus(sum[i], add[i]);
            }
        }
        monthSums.forEach(rows::putIfAbsent);
        Map<String, Account> byName = new HashMap<>();
        structure.accounts.forEach(a -> byName.put(a.name(), a));
        List<AccountTableLine> lines = new ArrayList<>();
        for (Account account : structure.accounts) {
            List<String> parts = AccountStructures.rowsOf(account, byName);
            BigDecimal outcome = total(parts, rows, f -> f[0]);
            BigDecimal budget = total(parts, rows, f -> f[1]);
            BigDecimal previousYear = total(parts, rows, f -> f[2]);
            lines.add(new AccountTableLine(account.name(), account.isSum(), outcome, budget, minus(outcome, budget),
                    previousYear, minus(outcome, previousYear)));
        }
        return lines;
    }

    private static BigDecimal[] figures(AccountFigure f) {
        return new BigDecimal[] { f.outcome, f.budget, f.previousYear };
    }

    private static BigDecimal total(List<String> parts, Map<String, BigDecimal[]> rows,
            Function<BigDecimal[], BigDecimal> column) {
        BigDecimal total = null;
        for (String part : parts) {
            BigDecimal[] figures = rows.get(part);
            total = plus(total, figures == null ? null : column.apply(figures));
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
