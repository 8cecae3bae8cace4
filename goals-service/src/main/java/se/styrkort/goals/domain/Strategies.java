package se.styrkort.goals.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.problem.ProblemException;

/** Keeping a plan's strategies: every change is written together with its event. */
@ApplicationScoped
public class Strategies {

    @Inject
    ChangeEvents events;

    @Inject
    SecurityIdentity caller;

    @Inject
    Plans plans;

    public PanacheQuery<Strategy> list(UUID planId, String text) {
        Criteria c = new Criteria().and("planId = :planId", "planId", planId).contains("name", text);
        return Strategy.find(c.query(), Sort.by("planId").and("ordinal").and("name"), c.parameters());
    }

    public Optional<Strategy> find(UUID id) {
        return Strategy.find("id", id).firstResultOptional();
    }

    public Strategy get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("strategy", id));
    }

    public Strategy require(String field, UUID id) {
        return find(id).orElseThrow(() -> ProblemException.badField(field, "no strategy with id " + id));
    }

    @Transactional
    public Strategy create(StrategyInput input) {
        plans.require("planId", input.planId());
        plans.requireDraft(input.planId());
        Strategy strategy = new Strategy();
        strategy.created(caller.getPrincipal().getName());
        strategy.planId = input.planId();
        strategy.ordinal = input.ordinal() != null ? input.ordinal()
                : (int) Strategy.count("planId", input.planId()) + 1;
        apply(strategy, input);
        strategy.persist();
        events.publish(strategy, ChangeType.CREATED);
        return strategy;
    }

    @Transactional
    public Strategy update(UUID id, String ifMatch, StrategyInput input) {
        Strategy strategy = get(id);
        plans.requireDraft(strategy.planId);
        Versions.requireMatch(ifMatch, strategy.version);
        if (!strategy.planId.equals(input.planId())) {
            throw ProblemException.badField("planId", "a strategy stays in its plan");
        }
        if (input.ordinal() != null) {
            strategy.ordinal = input.ordinal();
        }
        apply(strategy, input);
        events.publish(strategy, ChangeType.UPDATED);
        return strategy;
    }

    private void apply(Strategy strategy, StrategyInput input) {
        strategy.name = input.name().strip();
        strategy.description = input.description();
        strategy.changed(caller.getPrincipal().getName());
    }
}
