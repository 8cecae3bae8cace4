package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.problem.Violations;

/**
 * Keeping forecasts. The run rate is the year's actuals of the category up to the latest month
 * that has one, scaled to twelve months; it is recomputed whenever those actuals change, and a
 * forecast whose run rate moved gets a new version and event.
 */
@ApplicationScoped
public class Forecasts extends Figures<Forecast> {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    public Forecasts() {
        super(Forecast.class, "forecast");
    }

    public PanacheQuery<Forecast> list(UUID orgUnitId, Integer year, CostCategory category) {
        Filters filters = new Filters()
                .where("orgUnitId = :orgUnitId", "orgUnitId", orgUnitId)
                .where("year = :year", "year", year)
                .where("category = :category", "category", category);
        return matching(filters, Sort.by("year").descending().and("orgUnitId").and("category").and("id"));
    }

    @Transactional
    public Forecast create(ForecastInput input) {
        knownUnit(input.orgUnitId()).of("amount", input.category().signViolation(input.amount())).throwIfAny();
        refuseSecond(of(input.orgUnitId(), input.year(), input.category()),
                "is this unit's for " + input.year() + " and " + input.category());
        Forecast forecast = new Forecast();
        forecast.orgUnitId = input.orgUnitId();
        forecast.year = input.year();
        forecast.category = input.category();
        apply(forecast, input);
        forecast.runRate = runRate(forecast.orgUnitId, forecast.year, forecast.category);
        return insert(forecast);
    }

    /** Changes the economist's amount and comment; the unit, year and category stay. */
    @Transactional
    public Forecast update(UUID id, String ifMatch, ForecastInput input) {
        Forecast forecast = current(id, ifMatch);
        new Violations()
                .when(!forecast.orgUnitId.equals(input.orgUnitId()), "orgUnitId", "a forecast stays with its org unit")
                .when(forecast.year != input.year(), "year", "a forecast stays with its year")
                .when(forecast.category != input.category(), "category", "a forecast stays with its category")
                .of("amount", input.category().signViolation(input.amount()))
                .throwIfAny();
        apply(forecast, input);
        return revise(forecast);
    }

    /** Actuals changed in the writing transaction: the forecasts of their unit, year and category follow. */
    void onActuals(@Observes ActualsChanged changed) {
        changed.keys().stream().map(k -> List.of(k.orgUnitId(), k.year(), k.category())).distinct().forEach(k -> {
            UUID unit = (UUID) k.get(0);
            int year = (Integer) k.get(1);
            CostCategory category = (CostCategory) k.get(2);
            of(unit, year, category).ifPresent(forecast -> {
                BigDecimal runRate = runRate(unit, year, category);
                if (!Objects.equals(runRate, forecast.runRate)) {
                    forecast.runRate = runRate;
                    revise(forecast);
                }
            });
        });
    }

    /** The year's actuals to the latest month with one, times 12 over that month; null without actuals. */
    public BigDecimal runRate(UUID orgUnitId, int year, CostCategory category) {
        Object[] row = Actual.getEntityManager().createQuery("select max(a.month), sum(a.amount) from Actual a"
                + " where a.orgUnitId = :unit and a.year = :year and a.category = :category", Object[].class)
                .setParameter("unit", orgUnitId).setParameter("year", year).setParameter("category", category)
                .getSingleResult();
        if (row[0] == null) {
            return null;
        }
        return ((BigDecimal) row[1]).multiply(TWELVE).divide(BigDecimal.valueOf((Integer) row[0]), 2,
                RoundingMode.HALF_EVEN);
    }

    private Optional<Forecast> of(UUID orgUnitId, int year, CostCategory category) {
        return query("orgUnitId = ?1 and year = ?2 and category = ?3", orgUnitId, year, category).firstResultOptional();
    }

    private static void apply(Forecast forecast, ForecastInput input) {
        // Stored to the öre; the input has at most two decimals, so this never rounds.
        forecast.amount = input.amount().setScale(2, RoundingMode.UNNECESSARY);
        forecast.comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
    }
}
