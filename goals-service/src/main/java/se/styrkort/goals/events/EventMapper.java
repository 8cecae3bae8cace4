package se.styrkort.goals.events;

import java.util.TreeMap;

import se.styrkort.goals.domain.Activity;
import se.styrkort.goals.domain.Assignment;
import se.styrkort.goals.domain.Baseline;
import se.styrkort.goals.domain.ControlPoint;
import se.styrkort.goals.domain.FollowUpItem;
import se.styrkort.goals.domain.Goal;
import se.styrkort.goals.domain.Indicator;
import se.styrkort.goals.domain.OrgUnit;
import se.styrkort.goals.domain.OverallGoal;
import se.styrkort.goals.domain.Plan;
import se.styrkort.goals.domain.Strategy;
import se.styrkort.goals.domain.Target;
import se.styrkort.platform.domain.Tracked;

/**
 * Maps the entities to the states their events carry: the one place where the published contract
 * meets the domain. Lists of ids are sorted and maps kept in key order, so that the same state is
 * always written the same way.
 */
final class EventMapper {

    private EventMapper() {
    }

    static Object state(Tracked aggregate) {
        if (aggregate instanceof OrgUnit u) {
            return of(u);
        } else if (aggregate instanceof Plan p) {
            return of(p);
        } else if (aggregate instanceof Strategy s) {
            return of(s);
        } else if (aggregate instanceof OverallGoal o) {
            return of(o);
        } else if (aggregate instanceof Assignment a) {
            return of(a);
        } else if (aggregate instanceof Goal g) {
            return of(g);
        } else if (aggregate instanceof Indicator i) {
            return of(i);
        } else if (aggregate instanceof Activity a) {
            return of(a);
        } else if (aggregate instanceof ControlPoint c) {
            return of(c);
        } else if (aggregate instanceof FollowUpItem f) {
            return of(f);
        }
        throw new IllegalArgumentException("No event state for " + aggregate.getClass().getName());
    }

    private static ActivityChanged of(Activity a) {
        return new ActivityChanged(a.id, a.goalId, a.title, a.description, a.startDate, a.endDate, a.responsible,
                a.state, a.stateComment, a.version, a.createdAt, a.createdBy, a.updatedAt, a.updatedBy);
    }

    private static AssignmentChanged of(Assignment a) {
        return new AssignmentChanged(a.id, a.overallGoalId, a.title, a.description,
                a.assignedUnitIds.stream().sorted().toList(), a.version, a.createdAt, a.createdBy, a.updatedAt,
                a.updatedBy);
    }

    private static ControlPointChanged of(ControlPoint c) {
        return new ControlPointChanged(c.id, c.planId, c.controlPoint, c.performer, c.method,
                c.followUps.stream().map(f -> new ControlPointChanged.FollowUpState(f.date, f.result)).toList(),
                c.version, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
    }

    private static FollowUpItemChanged of(FollowUpItem f) {
        return new FollowUpItemChanged(f.id, f.planId, f.kind, f.date, f.endDate, f.bodyUnitId, f.section, f.topic,
                f.responsibleRole, f.version,
                f.createdAt, f.createdBy, f.updatedAt, f.updatedBy);
    }

    private static GoalChanged of(Goal g) {
        return new GoalChanged(g.id, g.planId, g.ownerUnitId, g.coOwnerUnitIds.stream().sorted().toList(),
                g.overallGoalId, g.parentGoalId, g.title, g.description, g.followUpFrequency, g.followUpLevel,
                g.genderSplit, g.version, g.createdAt, g.createdBy, g.updatedAt, g.updatedBy);
    }

    private static IndicatorChanged.TargetState of(Target t) {
        return new IndicatorChanged.TargetState(t.year, t.kind, t.value, t.lo, t.hi, t.referencePeriod,
                t.referenceValue, t.benchmarkOrganization, t.k, t.wording);
    }

    private static IndicatorChanged.BaselineState of(Baseline b) {
        return new IndicatorChanged.BaselineState(b.period, b.value, b.women, b.men);
    }

    private static IndicatorChanged of(Indicator i) {
        return new IndicatorChanged(i.id, i.goalId, i.name, i.unitOfMeasure, i.direction, i.followUpFrequency,
                i.source, i.genderSplit, i.tolerance, i.subIndicatorIds.stream().sorted().toList(),
                new TreeMap<>(i.externalCodes), i.targets.stream().map(t -> of(t)).toList(),
                i.baselines.stream().map(b -> of(b)).toList(), i.version, i.createdAt, i.createdBy, i.updatedAt,
                i.updatedBy);
    }

    private static OrgUnitChanged of(OrgUnit u) {
        return new OrgUnitChanged(u.id, u.name, u.kind, u.parentId, u.code, u.retired, u.version, u.createdAt,
                u.createdBy, u.updatedAt, u.updatedBy);
    }

    private static OverallGoalChanged of(OverallGoal g) {
        return new OverallGoalChanged(g.id, g.strategyId, g.parentId, g.title, g.description, g.ordinal, g.version,
                g.createdAt, g.createdBy, g.updatedAt, g.updatedBy);
    }

    private static PlanChanged of(Plan p) {
        return new PlanChanged(p.id, p.name, p.fromYear, p.toYear, p.status, p.ownerUnitId, p.adoptedByUnitId, p.adoptedDate,
                p.decisionRef, p.planVersion, p.predecessorId, p.version, p.createdAt, p.createdBy, p.updatedAt,
                p.updatedBy);
    }

    private static StrategyChanged of(Strategy s) {
        return new StrategyChanged(s.id, s.planId, s.name, s.description, s.ordinal, s.version, s.createdAt,
                s.createdBy, s.updatedAt, s.updatedBy);
    }
}
