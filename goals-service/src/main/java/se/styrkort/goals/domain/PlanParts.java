package se.styrkort.goals.domain;

import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import se.styrkort.platform.domain.Filters;

/**
 * Keeping the records that sit directly in a plan: one is created in a plan that exists and never
 * leaves it. The plan's content (strategies, goals) is frozen by its adoption; what its follow-up
 * records during the year (control points, follow-up items) stays open.
 */
public abstract class PlanParts<T extends PlanPart, I extends PlanPart.Input> extends Aggregates<T, I> {

    /** Whether a plan's adoption freezes a kind of part. */
    protected enum Adoption {
        FREEZES,
        LEAVES_OPEN
    }

    @Inject
    Plans plans;

    private final Supplier<T> factory;
    private final Adoption adoption;

    protected PlanParts(Class<T> type, Supplier<T> factory, String noun, Adoption adoption) {
        super(type, noun);
        this.factory = factory;
        this.adoption = adoption;
    }

    /** The filters every list of parts starts from: in the plan, and in plans covering the year; each optional. */
    protected static Filters inPlan(UUID planId, Integer year) {
        return new Filters()
                .where("planId = :planId", "planId", planId)
                .where("planId in (select p.id from Plan p where p.fromYear <= :year and p.toYear >= :year)", "year", year);
    }

    @Override
    protected T start(I input) {
        plans.require("planId", input.planId());
        if (adoption == Adoption.FREEZES) {
            plans.requireDraft(input.planId());
        }
        T part = factory.get();
        part.planId = input.planId();
        return part;
    }

    @Override
    protected void requireChangeable(T part) {
        if (adoption == Adoption.FREEZES) {
            plans.requireDraft(part.planId);
        }
    }

    @Override
    protected void keep(T part, I input) {
        stays(part.planId, input.planId(), "planId", "a " + noun() + " stays in its plan");
    }
}
