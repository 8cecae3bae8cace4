package se.styrkort.goals.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.domain.FollowUpFrequency;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.problem.Problem;
import se.styrkort.platform.problem.ProblemException;

/** Keeping indicators with their targets and baselines: every change is written together with its event. */
@ApplicationScoped
public class Indicators {

    @Inject
    ChangeEvents events;

    @Inject
    SecurityIdentity caller;

    @Inject
    Goals goals;

    @Inject
    Plans plans;

    @Inject
    TargetHistory history;

    /**
     * {@code due} keeps indicators followed up in that period, in plans covering its year; an indicator
     * without a frequency of its own follows its goal's, and one with neither is due once a year.
     */
    public PanacheQuery<Indicator> list(IndicatorFilter f) {
        String due = f.due();
        Integer dueYear = due == null ? null : Integer.valueOf(due.substring(0, 4));
        Set<FollowUpFrequency> dueFrequencies = due == null ? null : FollowUpFrequency.dueIn(due);
        String unsetGoalFrequency = dueFrequencies != null && dueFrequencies.contains(FollowUpFrequency.YEARLY)
                ? " or g.followUpFrequency is null"
                : "";
        Filters c = Goals.ofGoal(f.goalId(), f.planId(), f.strategyId(), f.unitId(), f.year())
                .where(Goals.COVERS.formatted("dueYear"), "dueYear", dueYear)
                .where("(followUpFrequency in :due or (followUpFrequency is null and goalId in (select g.id from Goal g"
                        + " where g.followUpFrequency in :due" + unsetGoalFrequency + ")))", "due", dueFrequencies)
                .where("id in (select i.id from Indicator i join i.externalCodes c where concat(key(c), ':', value(c))"
                        + " = :externalCode)", "externalCode", f.externalCode())
                .contains("name", f.text());
        return Indicator.find(c.query(), Sort.by("goalId").and("createdAt").and("id"), c.values());
    }

    public Optional<Indicator> find(UUID id) {
        return Indicator.find("id", id).firstResultOptional();
    }

    public Indicator get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("indicator", id));
    }

    @Transactional
    public Indicator create(IndicatorInput input) {
        Goal goal = goals.find(input.goalId()).orElseThrow(
                () -> ProblemException.badField("goalId", "no goal with id " + input.goalId()));
        plans.requireDraft(goal.planId);
        Indicator indicator = new Indicator();
        indicator.created(caller.getPrincipal().getName());
        indicator.goalId = input.goalId();
        List<Target> before = apply(indicator, input);
        indicator.persist();
        history.record(indicator, before, caller.getPrincipal().getName());
        events.publish(indicator, ChangeType.CREATED);
        return indicator;
    }

    @Transactional
    public Indicator update(UUID id, String ifMatch, IndicatorInput input) {
        Indicator indicator = get(id);
        plans.requireDraft(goals.get(indicator.goalId).planId);
        Versions.requireMatch(ifMatch, indicator.version);
        if (!indicator.goalId.equals(input.goalId())) {
            throw ProblemException.badField("goalId", "an indicator stays with its goal");
        }
        history.record(indicator, apply(indicator, input), caller.getPrincipal().getName());
        events.publish(indicator, ChangeType.UPDATED);
        return indicator;
    }

    /** Answers the targets as they were, for the history. */
    private List<Target> apply(Indicator indicator, IndicatorInput input) {
        List<UUID> subs = input.subIndicatorIds() == null ? List.of() : input.subIndicatorIds();
        List<TargetInput> targets = input.targets() == null ? List.of() : input.targets();
        List<BaselineInput> baselines = input.baselines() == null ? List.of() : input.baselines();
        List<Problem.Violation> violations = new ArrayList<>();
        checkSubIndicators(indicator, subs, violations);
        Plan plan = plans.get(goals.get(indicator.goalId).planId);
        violations.addAll(TargetRules.check(targets, plan, input.direction(), new LinkedHashSet<>(subs).size()));
        Map<String, String> codes = input.externalCodes() == null ? Map.of() : input.externalCodes();
        violations.addAll(IndicatorRules.checkExternalCodes(codes));
        violations.addAll(IndicatorRules.checkBaselines(baselines));
        if (!violations.isEmpty()) {
            throw ProblemException.badFields(violations);
        }
        indicator.name = input.name().strip();
        indicator.unitOfMeasure = input.unitOfMeasure();
        indicator.direction = input.direction();
        indicator.followUpFrequency = input.followUpFrequency();
        indicator.source = input.source();
        indicator.genderSplit = Boolean.TRUE.equals(input.genderSplit());
        indicator.tolerance = input.tolerance();
        indicator.subIndicatorIds.retainAll(subs);
        indicator.subIndicatorIds.addAll(subs);
        List<Target> before = new ArrayList<>(indicator.targets);
        indicator.externalCodes.clear();
        codes.forEach((system, code) -> indicator.externalCodes.put(system, code.strip()));
        indicator.targets.clear();
        targets.stream().sorted(Comparator.comparing(TargetInput::year)).map(Indicators::target)
                .forEach(indicator.targets::add);
        indicator.baselines.clear();
        baselines.stream().sorted(Comparator.comparing(BaselineInput::period)).map(Indicators::baseline)
                .forEach(indicator.baselines::add);
        indicator.changed(caller.getPrincipal().getName());
        return before;
    }

    /** Sub-indicators are other indicators of the same goal, one level deep, so they never form a cycle. */
    private void checkSubIndicators(Indicator indicator, List<UUID> subs, List<Problem.Violation> violations) {
        for (int i = 0; i < subs.size(); i++) {
            String field = "subIndicatorIds[" + i + "]";
            Optional<Indicator> sub = subs.get(i).equals(indicator.id) ? Optional.empty() : find(subs.get(i));
            if (sub.isEmpty() || !sub.get().goalId.equals(indicator.goalId)) {
                violations.add(new Problem.Violation(field, "no other indicator of this goal has id " + subs.get(i)));
            } else if (!sub.get().subIndicatorIds.isEmpty()) {
                violations.add(new Problem.Violation(field, "has sub-indicators of its own"));
            }
        }
    }

    private static Target target(TargetInput in) {
        Target t = new Target();
        t.year = in.year();
        t.kind = in.kind();
        t.value = in.value();
        t.lo = in.lo();
        t.hi = in.hi();
        t.referencePeriod = in.referencePeriod();
        t.referenceValue = in.referenceValue();
        t.benchmarkOrganization = in.benchmarkOrganization() == null || in.benchmarkOrganization().isBlank() ? null
                : in.benchmarkOrganization().strip();
        t.k = in.k();
        t.wording = in.wording();
        return t;
    }

    private static Baseline baseline(BaselineInput in) {
        Baseline b = new Baseline();
        b.period = in.period();
        b.value = in.value();
        b.women = in.women();
        b.men = in.men();
        return b;
    }
}
