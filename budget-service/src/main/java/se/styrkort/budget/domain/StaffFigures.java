package se.styrkort.budget.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.problem.Violations;

/** Keeping staff figures: one per org unit, day and category, each write with its event. */
@ApplicationScoped
public class StaffFigures extends Figures<StaffFigure> {

    public StaffFigures() {
        super(StaffFigure.class, "staff figure");
    }

    public PanacheQuery<StaffFigure> list(UUID orgUnitId, LocalDate from, LocalDate to, String category) {
        Filters filters = new Filters()
                .where("orgUnitId = :orgUnitId", "orgUnitId", orgUnitId)
                .where("asOf >= :from", "from", from)
                .where("asOf <= :to", "to", to)
                .where("category = :category", "category", category);
        return matching(filters, Sort.by("asOf").descending().and("orgUnitId").and("category").and("id"));
    }

    @Transactional
    public StaffFigure create(StaffFigureInput input) {
        String category = input.category().strip();
        check(knownUnit(input.orgUnitId()), input);
        refuseSecond(query("orgUnitId = ?1 and asOf = ?2 and category = ?3", input.orgUnitId(), input.asOf(), category)
                .firstResultOptional(), "is this unit's for " + input.asOf() + " and " + category);
        StaffFigure figure = new StaffFigure();
        figure.orgUnitId = input.orgUnitId();
        figure.asOf = input.asOf();
        figure.category = category;
        apply(figure, input);
        return insert(figure);
    }

    /** Changes the counts; the unit, day and category stay. */
    @Transactional
    public StaffFigure update(UUID id, String ifMatch, StaffFigureInput input) {
        StaffFigure figure = current(id, ifMatch);
        check(new Violations()
                .when(!figure.orgUnitId.equals(input.orgUnitId()), "orgUnitId", "a staff figure stays with its org unit")
                .when(!figure.asOf.equals(input.asOf()), "asOf", "a staff figure stays with its day")
                .when(!figure.category.equals(input.category().strip()), "category",
                        "a staff figure stays with its category"),
                input);
        apply(figure, input);
        return revise(figure);
    }

    private static void check(Violations violations, StaffFigureInput input) {
        violations.when(input.women() != null && input.men() != null && input.women() + input.men() != input.total(),
                "total", "must be women + men").throwIfAny();
    }

    private static void apply(StaffFigure figure, StaffFigureInput input) {
        figure.total = input.total();
        figure.women = input.women();
        figure.men = input.men();
    }
}
