package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.domain.Period;

/**
 * Financial indicators per org unit and period, derived in the transaction that changes what
 * they are derived from, and published only when a value changes. Cost developments exist for
 * every month the unit has actuals in and the same months of the year before; at April, August
 * and December also for the tertial, and at December for the year, so goals followed up per
 * tertial or year get theirs. Values are percent with one decimal.
 */
@ApplicationScoped
public class FinancialIndicators extends Figures<FinancialIndicator> {

    @Inject
    Accumulation accumulation;

    public FinancialIndicators() {
        super(FinancialIndicator.class, "financial indicator");
    }

    public PanacheQuery<FinancialIndicator> list(UUID orgUnitId, Integer year, String period, IndicatorCode code) {
        Filters filters = new Filters()
                .where("orgUnitId = :orgUnitId", "orgUnitId", orgUnitId)
                .where("period like :year", "year", year == null ? null : year + "%")
                .where("period = :period", "period", period)
                .where("code = :code", "code", code);
        return matching(filters, Sort.by("period").descending().and("orgUnitId").and("code"));
    }

    /** Records supplier loyalty; changing a recorded value needs its version in If-Match. */
    @Transactional
    public FinancialIndicator recordSupplierLoyalty(SupplierLoyaltyInput input, String ifMatch) {
        OrgUnit unit = orgUnits.require(input.orgUnitId(), "orgUnitId");
        String period = Period.parse("period", input.period()).toString();
        Optional<FinancialIndicator> existing = find(unit, period, IndicatorCode.SUPPLIER_LOYALTY);
        if (existing.isPresent()) {
            Versions.requireMatch(ifMatch, existing.get().version);
        }
        return set(unit, period, IndicatorCode.SUPPLIER_LOYALTY, input.value());
    }

    void onActuals(@Observes ActualsChanged changed) {
        Map<List<Object>, Integer> firstMonth = new HashMap<>();
        changed.keys().forEach(k -> firstMonth.merge(List.of(k.orgUnitId(), k.year()), k.month(), Math::min));
        firstMonth.forEach((key, month) -> {
            UUID unitId = (UUID) key.get(0);
            int year = (Integer) key.get(1);
            orgUnits.find(unitId).ifPresent(unit -> {
                // Last year's months are compared with this year's, so both years may move.
                costDevelopments(unit, year, month);
                costDevelopments(unit, year + 1, month);
                selfFinancing(unit, year, month);
            });
        });
    }

    void onFollowUp(@Observes InvestmentFollowedUp followedUp) {
        orgUnits.find(followedUp.orgUnitId()).ifPresent(unit -> selfFinancing(unit, followedUp.period()));
    }

    private void costDevelopments(OrgUnit unit, int year, int fromMonth) {
        Integer last = lastMonthWithActuals(unit.id(), year);
        for (int month = fromMonth; last != null && month <= last; month++) {
            Map<CostCategory, BigDecimal> now = accumulation.actualsToMonth(unit.id(), year, month);
            Map<CostCategory, BigDecimal> before = accumulation.actualsToMonth(unit.id(), year - 1, month);
            if (before.isEmpty() || now.isEmpty()) {
                continue;
            }
            BigDecimal net = FinancialIndicatorRules.development(FinancialIndicatorRules.netCost(now),
                    FinancialIndicatorRules.netCost(before));
            BigDecimal gross = FinancialIndicatorRules.development(FinancialIndicatorRules.grossCost(now),
                    FinancialIndicatorRules.grossCost(before));
            for (String period : FinancialIndicatorRules.periodsEndingIn(year, month)) {
                if (net != null) {
                    set(unit, period, IndicatorCode.NET_COST_DEVELOPMENT, net);
                }
                if (gross != null) {
                    set(unit, period, IndicatorCode.GROSS_COST_DEVELOPMENT, gross);
                }
            }
        }
    }

    /** Actuals of a year changed from a month on: the follow-up periods of that year that end later follow. */
    private void selfFinancing(OrgUnit unit, int year, int fromMonth) {
        List<String> periods = Investment.getEntityManager().createQuery("select distinct f.period from Investment i"
                + " join i.followUps f where i.orgUnitId = :unit and f.period like :year", String.class)
                .setParameter("unit", unit.id()).setParameter("year", year + "%").getResultList();
        periods.stream().filter(p -> Period.parse(p).lastMonth() >= fromMonth).forEach(p -> selfFinancing(unit, p));
    }

    private void selfFinancing(OrgUnit unit, String period) {
        BigDecimal invested = Investment.getEntityManager().createQuery("select sum(f.outcomeToDate) from Investment i"
                + " join i.followUps f where i.orgUnitId = :unit and f.period = :period", BigDecimal.class)
                .setParameter("unit", unit.id()).setParameter("period", period).getSingleResult();
        if (invested == null || invested.signum() == 0) {
            return;
        }
        Period at = Period.parse(period);
        RevenuesAndCosts accumulated = accumulation.of(unit.id(), at.year(), at.lastMonth());
        set(unit, period, IndicatorCode.SELF_FINANCING_DEGREE,
                FinancialIndicatorRules.selfFinancingDegree(accumulated, invested));
    }

    private Integer lastMonthWithActuals(UUID unitId, int year) {
        return Actual.getEntityManager().createQuery("select max(a.month) from Actual a where a.orgUnitId = :unit"
                + " and a.year = :year", Integer.class).setParameter("unit", unitId).setParameter("year", year)
                .getSingleResult();
    }

    private Optional<FinancialIndicator> find(OrgUnit unit, String period, IndicatorCode code) {
        return query("id", idOf(unit, period, code)).firstResultOptional();
    }

    /** Sets a value; an unchanged value writes nothing and publishes nothing. */
    private FinancialIndicator set(OrgUnit unit, String period, IndicatorCode code, BigDecimal value) {
        BigDecimal scaled = value.setScale(2, RoundingMode.HALF_UP);
        Optional<FinancialIndicator> existing = find(unit, period, code);
        if (existing.isPresent()) {
            FinancialIndicator indicator = existing.get();
            if (indicator.value.compareTo(scaled) == 0) {
                return indicator;
            }
            indicator.value = scaled;
            return revise(indicator);
        }
        FinancialIndicator indicator = new FinancialIndicator();
        indicator.id = idOf(unit, period, code);
        indicator.orgUnitId = unit.id();
        indicator.period = period;
        indicator.code = code;
        indicator.value = scaled;
        return insert(indicator);
    }

    /** The contract's name-based id, so that every consumer can name an indicator without asking. */
    static UUID idOf(OrgUnit unit, String period, IndicatorCode code) {
        String name = "financial-indicator:" + unit.tenant() + ":" + unit.id() + ":" + period + ":" + code;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
