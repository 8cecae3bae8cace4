package se.styrkort.goals.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Filters;

/** Keeping a plan's strategies: every change is written together with its event. */
@ApplicationScoped
public class Strategies extends Aggregates<Strategy, StrategyInput> {

    @Inject
    Plans plans;

    Strategies() {
        super(Strategy.class, "strategy");
    }

    public PanacheQuery<Strategy> list(UUID planId, String text) {
        Filters c = new Filters().where("planId = :planId", "planId", planId).contains("name", text);
        return Strategy.find(c.query(), Sort.by("planId").and("ordinal").and("name"), c.values());
    }

    @Override
    protected Strategy start(StrategyInput input) {
        plans.require("planId", input.planId());
        plans.requireDraft(input.planId());
        Strategy strategy = new Strategy();
        strategy.planId = input.planId();
        strategy.ordinal = input.ordinal() != null ? input.ordinal()
                : (int) Strategy.count("planId", input.planId()) + 1;
        return strategy;
    }

    @Override
    protected void requireChangeable(Strategy strategy) {
        plans.requireDraft(strategy.planId);
    }

    @Override
    protected void keep(Strategy strategy, StrategyInput input) {
        stays(strategy.planId, input.planId(), "planId", "a strategy stays in its plan");
        if (input.ordinal() != null) {
            strategy.ordinal = input.ordinal();
        }
    }

    @Override
    protected void apply(Strategy strategy, StrategyInput input) {
        strategy.name = input.name().strip();
        strategy.description = input.description();
    }
}
