package se.styrkort.outcomes.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.domain.Period;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.problem.Problem;
import se.styrkort.platform.problem.ProblemException;

/**
 * Keeping assessments: one per goal (or indicator and unit) and period, every version kept, each
 * change published; an assessment of a goal changes that goal's status in the same transaction.
 */
@ApplicationScoped
public class Assessments extends Revised<Assessment, AssessmentRevision> {

    @Inject
    ObjectMapper mapper;

    Assessments() {
        super(Assessment.class, "assessment", AssessmentRevision.class, "assessmentId");
    }

    public PanacheQuery<Assessment> list(UUID goalId, UUID indicatorId, UUID orgUnitId, String period) {
        Filters filters = new Filters().equal("goalId", goalId).equal("indicatorId", indicatorId)
                .equal("orgUnitId", orgUnitId)
                .equal("period", period == null ? null : Period.parse("period", period).toString());
        return matching(filters);
    }

    /** What an assessment is about, resolved against the replica. */
    private record Subject(UUID goalId, UUID indicatorId, UUID planId, UUID orgUnitId, String period) {
    }

    @Transactional
    public Assessment create(AssessmentInput input) {
        Subject subject = subjectOf(input);
        checkContent(input);
        boolean exists = Assessment.count("(goalId = ?1 or indicatorId = ?1) and orgUnitId = ?2 and period = ?3",
                subject.goalId() != null ? subject.goalId() : subject.indicatorId(), subject.orgUnitId(),
                subject.period()) > 0;
        if (exists) {
            throw ProblemException
                    .conflict("There is an assessment of that " + (subject.goalId() != null ? "goal" : "indicator")
                            + " for " + subject.period() + " already; change it with PUT");
        }
        Assessment a = new Assessment();
        a.created(actors.current());
        a.goalId = subject.goalId();
        a.indicatorId = subject.indicatorId();
        a.planId = subject.planId();
        a.orgUnitId = subject.orgUnitId();
        a.period = subject.period();
        a.computedStatus = computedStatus(subject);
        content(a, input);
        a.persist();
        publish(a, ChangeType.CREATED);
        return a;
    }

    @Transactional
    public Assessment update(UUID id, String ifMatch, AssessmentInput input) {
        Assessment a = get(id);
        Versions.requireMatch(ifMatch, a.version);
        Subject subject = subjectOf(input);
        List<Problem.Violation> violations = new ArrayList<>();
        same(violations, "goalId", a.goalId, subject.goalId());
        same(violations, "indicatorId", a.indicatorId, subject.indicatorId());
        same(violations, "orgUnitId", a.orgUnitId, subject.orgUnitId());
        same(violations, "period", a.period, subject.period());
        if (!violations.isEmpty()) {
            throw ProblemException.badFields(violations);
        }
        checkContent(input);
        Status computed = computedStatus(subject);
        if (unchanged(a, input) && a.computedStatus == computed) {
            return a;
        }
        a.computedStatus = computed;
        content(a, input);
        a.changed(actors.current());
        publish(a, ChangeType.UPDATED);
        return a;
    }

    private Subject subjectOf(AssessmentInput input) {
        List<Problem.Violation> violations = new ArrayList<>();
        String period = null;
        try {
            period = Period.parse("period", input.period()).toString();
        } catch (ProblemException e) {
            violations.addAll(e.toProblem().violations());
        }
        if ((input.goalId() == null) == (input.indicatorId() == null)) {
            violations.add(new Problem.Violation("goalId", "give either goalId or indicatorId"));
            throw ProblemException.badFields(violations);
        }
        UUID planId = null;
        UUID unit = input.orgUnitId();
        if (input.goalId() != null) {
            PlannedGoal goal = plans.goal(input.goalId()).orElse(null);
            if (goal == null) {
                violations.add(new Problem.Violation("goalId", "no such goal"));
            } else {
                planId = goal.planId();
                if (goal.ownerUnitId() == null) {
                    violations.add(new Problem.Violation("goalId", "the goal has no owner unit to be assessed by"));
                } else if (unit != null && !unit.equals(goal.ownerUnitId())) {
                    violations.add(
                            new Problem.Violation("orgUnitId", "a goal is assessed by its owner unit " + goal.ownerUnitId()));
                }
                unit = goal.ownerUnitId();
            }
        } else {
            PlannedIndicator indicator = plans.indicator(input.indicatorId()).orElse(null);
            if (indicator == null) {
                violations.add(new Problem.Violation("indicatorId", "no such indicator"));
            } else {
                PlannedGoal goal = plans.goal(indicator.goalId()).orElse(null);
                planId = goal == null ? null : goal.planId();
                if (unit == null) {
                    unit = goal == null ? null : goal.ownerUnitId();
                }
                if (unit == null) {
                    violations.add(new Problem.Violation("orgUnitId", "say which org unit the indicator is assessed for"));
                } else if (!new KnownReferences(plans).unitKnown(unit)) {
                    violations.add(new Problem.Violation("orgUnitId", "no such org unit"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badFields(violations);
        }
        return new Subject(input.goalId(), input.indicatorId(), planId, unit, period);
    }

    /** An assessed status must say why; each bad field is its own violation. */
    private static void checkContent(AssessmentInput input) {
        if (input.assessedStatus() != null && (input.justification() == null || input.justification().isBlank())) {
            throw ProblemException.badField("justification", "an assessed status must carry a justification");
        }
    }

    private Status computedStatus(Subject s) {
        if (s.goalId() != null) {
            return GoalStatus.<GoalStatus> find("goalId = ?1 and period = ?2", s.goalId(), s.period()).firstResultOptional()
                    .map(g -> g.computedStatus).orElse(Status.NOT_MEASURABLE);
        }
        return IndicatorStatus.<IndicatorStatus> find("indicatorId = ?1 and orgUnitId = ?2 and period = ?3", s.indicatorId(),
                s.orgUnitId(), s.period()).firstResultOptional().map(i -> i.status).orElse(Status.NOT_MEASURABLE);
    }

    private static void content(Assessment a, AssessmentInput in) {
        a.assessedStatus = in.assessedStatus();
        a.justification = blankToNull(in.justification());
        a.analysis = blankToNull(in.analysis());
        a.plannedActions = blankToNull(in.plannedActions());
        a.forecastValue = in.forecastValue();
        a.forecastStatus = in.forecastStatus();
    }

    private static boolean unchanged(Assessment a, AssessmentInput in) {
        return a.assessedStatus == in.assessedStatus() && Objects.equals(a.justification, blankToNull(in.justification()))
                && Objects.equals(a.analysis, blankToNull(in.analysis()))
                && Objects.equals(a.plannedActions, blankToNull(in.plannedActions()))
                && sameNumber(a.forecastValue, in.forecastValue()) && a.forecastStatus == in.forecastStatus();
    }

    private void publish(Assessment a, ChangeType changeType) {
        Object state = outbox.publish(a, changeType, () -> states.of(a));
        AssessmentRevision r = new AssessmentRevision();
        r.versionOf(a, changeType, state, mapper);
        r.assessmentId = a.id;
        r.persist();
        if (a.goalId != null) {
            statuses.goalAssessed(a.goalId, a.period);
        }
    }

    private static void same(List<Problem.Violation> violations, String field, Object stored, Object given) {
        if (!Objects.equals(stored, given)) {
            violations.add(new Problem.Violation(field, "cannot change; it is " + stored));
        }
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
