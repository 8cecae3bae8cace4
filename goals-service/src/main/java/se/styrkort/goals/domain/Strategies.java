package se.styrkort.goals.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Filters;

/** Keeping a plan's strategies: every change is written together with its event. */
@ApplicationScoped
public class Strategies extends PlanParts<Strategy, StrategyInput> {

    Strategies() {
        super(Strategy.class, Strategy::new, "strategy", Adoption.FREEZES);
    }

    public PanacheQuery<Strategy> list(UUID planId, String text) {
        Filters c = inPlan(planId, null).contains("name", text);
        return Strategy.find(c.query(), Sort.by("planId").and("ordinal").and("name"), c.values());
    }

    @Override
    protected Strategy start(StrategyInput input) {
        Strategy strategy = super.start(input);
        strategy.ordinal = input.ordinal() != null ? input.ordinal()
                : (int) Strategy.count("planId", input.planId()) + 1;
        return strategy;
    }

    @Override
    protected void keep(Strategy strategy, StrategyInput input) {
        super.keep(strategy, input);
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
