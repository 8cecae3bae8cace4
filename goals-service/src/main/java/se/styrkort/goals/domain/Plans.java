package se.styrkort.goals.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.problem.ProblemException;

/** Keeping plans: every change is written together with its event. */
@ApplicationScoped
public class Plans extends Aggregates<Plan, PlanInput> {

    @Inject
    OrgUnits units;

    Plans() {
        super(Plan.class, "plan");
    }

    /** Plans covering the year, owned by the unit, in the status, with the text in the name; each filter optional. */
    public PanacheQuery<Plan> list(Integer year, UUID unitId, PlanStatus status, String text) {
        Filters c = new Filters()
                .where("fromYear <= :year and toYear >= :year", "year", year)
                .where("ownerUnitId = :unitId", "unitId", unitId)
                .where("status = :status", "status", status)
                .contains("name", text);
        return Plan.find(c.query(), Sort.by("fromYear").descending().and("name").and("planVersion"), c.values());
    }

    /**
     * Refuses a change to a plan's content once it is adopted: the adopted plan stays as the body
     * adopted it, and a change goes into a new version.
     */
    public void requireDraft(UUID planId) {
        requireChangeable(get(planId));
    }

    @Override
    protected void requireChangeable(Plan plan) {
        if (plan.status == PlanStatus.ADOPTED) {
            throw ProblemException.conflict("Plan '" + plan.name + "' was adopted (" + plan.adoptedDate
                    + (plan.decisionRef == null ? "" : ", " + plan.decisionRef)
                    + ") and stays as adopted; change it in a new version: POST /api/v1/plans/" + plan.id + "/versions");
        }
    }

    @Override
    protected void check(PlanInput input) {
        input.checkYears();
    }

    @Override
    protected Plan start(PlanInput input) {
        Plan plan = new Plan();
        plan.status = PlanStatus.DRAFT;
        return plan;
    }

    @Override
    protected void keep(Plan plan, PlanInput input) {
        requireTargetsInside(plan, input.fromYear(), input.toYear());
    }

    /** Narrowing a plan's years must not leave targets of its indicators outside them. */
    private static void requireTargetsInside(Plan plan, int fromYear, int toYear) {
        long outside = Plan.getEntityManager().createQuery(
                "select count(t) from Indicator i join i.targets t"
                        + " where i.goalId in (select g.id from Goal g where g.planId = :plan)"
                        + " and (t.year < :fromYear or t.year > :toYear)",
                Long.class)
                .setParameter("plan", plan.id).setParameter("fromYear", fromYear).setParameter("toYear", toYear)
                .getSingleResult();
        if (outside > 0) {
            throw ProblemException.badField(fromYear > plan.fromYear ? "fromYear" : "toYear",
                    outside + " target(s) of this plan's indicators lie outside " + fromYear + "-" + toYear);
        }
    }

    /** A body's decision: the plan and everything in it is frozen from now on. */
    @Transactional
    public Plan adopt(UUID id, String ifMatch, AdoptionInput input) {
        requireDraft(id);
        Plan plan = get(id);
        Versions.requireMatch(ifMatch, plan.version);
        UUID body = input.adoptedByUnitId() != null ? input.adoptedByUnitId() : plan.ownerUnitId;
        if (body == null) {
            throw ProblemException.badField("adoptedByUnitId", "is required for a plan without an owner unit");
        }
        units.requireActive("adoptedByUnitId", body);
        plan.status = PlanStatus.ADOPTED;
        plan.adoptedByUnitId = body;
        plan.adoptedDate = input.adoptedDate();
        plan.decisionRef = input.decisionRef();
        return publishChange(plan);
    }

    @Override
    protected void apply(Plan plan, PlanInput input) {
        if (input.ownerUnitId() != null && !input.ownerUnitId().equals(plan.ownerUnitId)) {
            units.requireActive("ownerUnitId", input.ownerUnitId());
        }
        plan.ownerUnitId = input.ownerUnitId();
        plan.name = input.name().strip();
        plan.fromYear = input.fromYear();
        plan.toYear = input.toYear();
    }
}
