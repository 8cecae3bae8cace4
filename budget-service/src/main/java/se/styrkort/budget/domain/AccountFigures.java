package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.domain.Period;
import se.styrkort.platform.problem.Violations;

/**
 * Recording the figures of an account structure's rows: one record per structure, org unit, period,
 * value kind and row. Sums are never recorded; they are computed from the rows ({@link AccountTables}).
 */
@ApplicationScoped
public class AccountFigures extends Figures<AccountFigure> {

    static final String UNKNOWN_STRUCTURE = "no account structure with this id";

    public AccountFigures() {
        super(AccountFigure.class, "account figure");
    }

    public PanacheQuery<AccountFigure> list(UUID structureId, UUID orgUnitId, String period, ValueKind valueKind) {
        Filters filters = new Filters()
                .where("structureId = :structureId", "structureId", structureId)
                .where("orgUnitId = :orgUnitId", "orgUnitId", orgUnitId)
                .where("period = :period", "period", period)
                .where("valueKind = :valueKind", "valueKind", valueKind);
        return matching(filters, Sort.by("period").and("orgUnitId").and("account").and("id"));
    }

    @Transactional
    public AccountFigure create(AccountFigureInput input) {
        // Another region's structure is found as none: the tenant filter applies.
        AccountStructure structure = AccountStructure.<AccountStructure> find("id", input.structureId())
                .firstResultOptional().orElse(null);
        Account account = structure == null ? null : structure.account(input.account().strip()).orElse(null);
        ValueKind kind = input.valueKindOrDefault();
        // Stored as the platform writes a period, so that lookups by period match.
        String period = Period.parse(input.period()).toString();
        // Named in the order of the fields, as Bean Validation's violations are.
        new Violations().when(structure != null && account == null, "account", "names no row of this structure")
                .when(account != null && account.isSum(), "account", "a sum is computed from its rows, not recorded")
                .when(orgUnits.find(input.orgUnitId()).isEmpty(), "orgUnitId", OrgUnits.UNKNOWN)
                .when(noFigure(input), "outcome", "give at least one of outcome, budget and previousYear")
                .when(structure == null, "structureId", UNKNOWN_STRUCTURE)
                .when(kind == ValueKind.MONTH && Period.parse(period).kind() != Period.Kind.MONTH, "valueKind",
                        "MONTH needs a month as period, such as 2022-08")
                .throwIfAny();
        refuseSecond(query("structureId = ?1 and orgUnitId = ?2 and period = ?3 and valueKind = ?4 and account = ?5",
                structure.id, input.orgUnitId(), period, kind, account.name()).firstResultOptional(),
                "holds this row of the unit for " + period);
        AccountFigure figure = new AccountFigure();
        figure.structureId = structure.id;
        figure.orgUnitId = input.orgUnitId();
        figure.period = period;
        figure.valueKind = kind;
        figure.account = account.name();
        apply(figure, input);
        return insert(figure);
    }

    /** Changes the amounts; the structure, unit, period, value kind and row stay. */
    @Transactional
    public AccountFigure update(UUID id, String ifMatch, AccountFigureInput input) {
        AccountFigure figure = current(id, ifMatch);
        new Violations()
                .when(!figure.structureId.equals(input.structureId()), "structureId", "a figure stays with its structure")
                .when(!figure.orgUnitId.equals(input.orgUnitId()), "orgUnitId", "a figure stays with its org unit")
                .when(!figure.period.equals(Period.parse(input.period()).toString()), "period",
                        "a figure stays with its period")
                .when(figure.valueKind != input.valueKindOrDefault(), "valueKind", "a figure stays with its value kind")
                .when(!figure.account.equals(input.account().strip()), "account", "a figure stays with its row")
                .when(noFigure(input), "outcome", "give at least one of outcome, budget and previousYear")
                .throwIfAny();
        apply(figure, input);
        return revise(figure);
    }

    private static boolean noFigure(AccountFigureInput input) {
        return input.outcome() == null && input.budget() == null && input.previousYear() == null;
    }

    private static void apply(AccountFigure figure, AccountFigureInput input) {
        figure.outcome = sek(input.outcome());
        figure.budget = sek(input.budget());
        figure.previousYear = sek(input.previousYear());
    }

    /** Stored to the öre; the input has at most two decimals, so this never rounds. */
    private static BigDecimal sek(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
