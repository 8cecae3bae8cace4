package se.styrkort.outcomes.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.styrkort.outcomes.domain.Actors;
import se.styrkort.outcomes.domain.Assessment;
import se.styrkort.outcomes.domain.GoalStatus;
import se.styrkort.outcomes.domain.IndicatorStatus;
import se.styrkort.outcomes.domain.Measurement;
import se.styrkort.outcomes.domain.PlannedGoal;
import se.styrkort.outcomes.domain.PlannedIndicator;
import se.styrkort.outcomes.domain.Status;
import se.styrkort.outcomes.domain.StoredJson;
import se.styrkort.outcomes.events.GoalStatusState;
import se.styrkort.outcomes.events.IndicatorStatusState;
import se.styrkort.platform.domain.Tracked;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.Outbox;
import se.styrkort.platform.tenant.CurrentTenant;

/**
 * Writes a status and collects its event, or leaves it alone when neither the status nor a number
 * behind it changed. New statuses get name-based ids that every service derives alike (see the
 * event contract).
 */
@ApplicationScoped
public class StatusWrites {

    @Inject
    Actors actors;

    @Inject
    CurrentTenant tenant;

    /** Writes an indicator's status in a cell; its change, if any, is added to {@code changes}. */
    public void indicator(PlannedIndicator indicator, PlannedGoal goal, IndicatorStatusRule.CellStatus cell,
            String targetJson, List<Outbox.Change> changes) {
        IndicatorStatus s = cell.stored();
        Evaluation e = cell.evaluation();
        Measurement m = cell.outcome();
        boolean created = s == null;
        if (created) {
            s = new IndicatorStatus();
            s.created(actors.current());
            s.id = indicatorStatusId(tenant(), indicator.id(), cell.cell());
            s.indicatorId = indicator.id();
            s.orgUnitId = cell.cell().unit();
            s.period = cell.cell().period();
        }
        UUID planId = goal == null ? null : goal.planId();
        boolean same = !created && s.status == e.status() && s.reason == e.reason()
                && Objects.equals(s.goalId, indicator.goalId()) && Objects.equals(s.planId, planId)
                && same(s.total, m == null ? null : m.total) && same(s.women, m == null ? null : m.women)
                && same(s.men, m == null ? null : m.men) && s.valueKind == (m == null ? null : m.valueKind)
                && Objects.equals(s.targetJson, targetJson) && same(s.comparedWith, e.comparedWith())
                && same(s.tolerance, e.tolerance()) && s.measured == (m != null);
        if (same) {
            return;
        }
        s.goalId = indicator.goalId();
        s.planId = planId;
        s.status = e.status();
        s.reason = e.reason();
        s.total = m == null ? null : m.total;
        s.women = m == null ? null : m.women;
        s.men = m == null ? null : m.men;
        s.valueKind = m == null ? null : m.valueKind;
        s.targetJson = targetJson;
        s.comparedWith = e.comparedWith();
        s.tolerance = e.tolerance();
        s.measured = m != null;
        IndicatorStatus published = s;
        save(s, created, () -> IndicatorStatusState.of(published), changes);
    }

    /** Writes a goal's status in a period; its change, if any, is added to {@code changes}. */
    public void goal(GoalStatus stored, PlannedGoal goal, String period, GoalStatusRule.GoalVerdict verdict,
            Assessment assessment, List<Outbox.Change> changes) {
        GoalStatus g = stored;
        boolean created = g == null;
        if (created) {
            g = new GoalStatus();
            g.created(actors.current());
            g.id = goalStatusId(tenant(), goal.id(), period);
            g.goalId = goal.id();
            g.period = period;
        }
        Status assessed = assessment == null ? null : assessment.assessedStatus;
        String justification = assessment == null || assessment.assessedStatus == null ? null : assessment.justification;
        String indicatorsJson = StoredJson.write(verdict.indicators());
        if (!created && g.computedStatus == verdict.status() && g.reason == verdict.reason() && g.assessedStatus == assessed
                && Objects.equals(g.justification, justification) && Objects.equals(g.planId, goal.planId())
                && Objects.equals(g.orgUnitId, goal.ownerUnitId()) && g.indicatorsJson.equals(indicatorsJson)) {
            return;
        }
        g.planId = goal.planId();
        g.orgUnitId = goal.ownerUnitId();
        g.computedStatus = verdict.status();
        g.reason = verdict.reason();
        g.assessedStatus = assessed;
        g.justification = justification;
        g.indicatorsJson = indicatorsJson;
        GoalStatus published = g;
        save(g, created, () -> GoalStatusState.of(published), changes);
    }

    /** Persists a new status or marks a stored one changed, and adds its event to {@code changes}. */
    private void save(Tracked status, boolean created, Supplier<?> state, List<Outbox.Change> changes) {
        if (created) {
            status.persist();
        } else {
            status.changed(actors.current());
        }
        changes.add(new Outbox.Change(status, created ? ChangeType.CREATED : ChangeType.UPDATED, state));
    }

    /** The id of an indicator's status in a cell: a name-based UUID (see the event contract). */
    public static UUID indicatorStatusId(String tenant, UUID indicator, Cell cell) {
        return name("indicator-status:" + tenant + ":" + indicator + ":" + cell.unit() + ":" + cell.period());
    }

    /** The id of a goal's status in a period: a name-based UUID (see the event contract). */
    public static UUID goalStatusId(String tenant, UUID goal, String period) {
        return name("goal-status:" + tenant + ":" + goal + ":" + period);
    }

    private String tenant() {
        return tenant.get().orElseThrow(() -> new IllegalStateException("Statuses are computed for a tenant"));
    }

    static UUID name(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
