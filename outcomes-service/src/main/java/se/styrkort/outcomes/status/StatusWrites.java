package se.styrkort.outcomes.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

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
import se.styrkort.platform.domain.UnnestRows;
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

    @Inject
    EntityManager em;

    /**
     * The statuses a recomputation changed, not yet written, with the events of every change in the
     * order they were made; {@link #write} writes the statuses in one statement per kind.
     */
    public static final class Pending {

        private final List<IndicatorStatus> indicators = new ArrayList<>();
        private final List<GoalStatus> goals = new ArrayList<>();
        private final List<Outbox.Change> changes = new ArrayList<>();

        /** The events of every change so far, in order. */
        public List<Outbox.Change> changes() {
            return changes;
        }
    }

    private static final String INDICATOR_UPSERT = """
            insert into indicator_status as s (id, tenant, indicator_id, goal_id, plan_id, org_unit_id, period, status,
                reason, value, women, men, value_kind, target, compared_with, tolerance, measured, version, created_at,
                created_by, updated_at, updated_by)
            select cast(r.id as uuid), r.tenant, cast(r.indicator_id as uuid), cast(r.goal_id as uuid),
                cast(r.plan_id as uuid), cast(r.org_unit_id as uuid), r.period, r.status, r.reason,
                cast(r.value as numeric), cast(r.women as numeric), cast(r.men as numeric), r.value_kind, r.target,
                cast(r.compared_with as numeric), cast(r.tolerance as numeric), cast(r.measured as boolean),
                cast(r.version as bigint), cast(r.created_at as timestamptz), r.created_by,
                cast(r.updated_at as timestamptz), r.updated_by
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                with ordinality as r(id, tenant, indicator_id, goal_id, plan_id, org_unit_id, period, status, reason,
                    value, women, men, value_kind, target, compared_with, tolerance, measured, version, created_at,
                    created_by, updated_at, updated_by, n)
            order by r.n
            on conflict (id) do update set goal_id = excluded.goal_id, plan_id = excluded.plan_id,
                status = excluded.status, reason = excluded.reason, value = excluded.value, women = excluded.women,
                men = excluded.men, value_kind = excluded.value_kind, target = excluded.target,
                compared_with = excluded.compared_with, tolerance = excluded.tolerance, measured = excluded.measured,
                version = excluded.version, updated_at = excluded.updated_at, updated_by = excluded.updated_by
            where s.version = excluded.version - 1""";

    private static final String GOAL_UPSERT = """
            insert into goal_status as g (id, tenant, goal_id, plan_id, org_unit_id, period, computed_status,
                computed_reason, assessed_status, justification, indicators, version, created_at, created_by,
                updated_at, updated_by)
            select cast(r.id as uuid), r.tenant, cast(r.goal_id as uuid), cast(r.plan_id as uuid),
                cast(r.org_unit_id as uuid), r.period, r.computed_status, r.computed_reason, r.assessed_status,
                r.justification, r.indicators, cast(r.version as bigint), cast(r.created_at as timestamptz),
                r.created_by, cast(r.updated_at as timestamptz), r.updated_by
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                with ordinality as r(id, tenant, goal_id, plan_id, org_unit_id, period, computed_status,
                    computed_reason, assessed_status, justification, indicators, version, created_at, created_by,
                    updated_at, updated_by, n)
            order by r.n
            on conflict (id) do update set plan_id = excluded.plan_id, org_unit_id = excluded.org_unit_id,
                computed_status = excluded.computed_status, computed_reason = excluded.computed_reason,
                assessed_status = excluded.assessed_status, justification = excluded.justification,
                indicators = excluded.indicators, version = excluded.version, updated_at = excluded.updated_at,
                updated_by = excluded.updated_by
            where g.version = excluded.version - 1""";

    /** Writes an indicator's status in a cell at once; its change, if any, is added to {@code changes}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void indicator(PlannedIndicator indicator, PlannedGoal goal, IndicatorStatusRule.CellStatus cell,
            String targetJson, List<Outbox.Change> changes) {
        atOnce(pending -> indicator(indicator, goal, cell, targetJson, pending), changes);
    }

    /** Computes an indicator's status in a cell; if it changed, it is kept for {@link #write}. */
    public void indicator(PlannedIndicator indicator, PlannedGoal goal, IndicatorStatusRule.CellStatus cell,
            String targetJson, Pending pending) {
        boolean created = cell.stored() == null;
        IndicatorStatus s = created ? newIndicatorStatus(indicator, cell.cell()) : cell.stored();
        if (applied(s, created, indicator, goal, cell, targetJson)) {
            pend(s, created, () -> IndicatorStatusState.of(s), pending.indicators, pending);
        }
    }

    private IndicatorStatus newIndicatorStatus(PlannedIndicator indicator, Cell cell) {
        IndicatorStatus s = newStatus(new IndicatorStatus(), t -> indicatorStatusId(t, indicator.id(), cell));
        s.indicatorId = indicator.id();
        s.orgUnitId = cell.unit();
        s.period = cell.period();
        return s;
    }

    /** Gives the status the cell's verdict and numbers; answers whether that changed it. */
    private static boolean applied(IndicatorStatus s, boolean created, PlannedIndicator indicator, PlannedGoal goal,
            IndicatorStatusRule.CellStatus cell, String targetJson) {
        Evaluation e = cell.evaluation();
        Measurement m = cell.outcome();
        UUID planId = goal == null ? null : goal.planId();
        boolean same = !created && s.status == e.status() && s.reason == e.reason()
                && Objects.equals(s.goalId, indicator.goalId()) && Objects.equals(s.planId, planId)
                && same(s.total, m == null ? null : m.total) && same(s.women, m == null ? null : m.women)
                && same(s.men, m == null ? null : m.men) && s.valueKind == (m == null ? null : m.valueKind)
                && Objects.equals(s.targetJson, targetJson) && same(s.comparedWith, e.comparedWith())
                && same(s.tolerance, e.tolerance()) && s.measured == (m != null);
        if (same) {
            return false;
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
        return true;
    }

    /** Writes a goal's status in a period at once; its change, if any, is added to {@code changes}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void goal(GoalStatus stored, PlannedGoal goal, String period, GoalStatusRule.GoalVerdict verdict,
            Assessment assessment, List<Outbox.Change> changes) {
        atOnce(pending -> goal(stored, goal, period, verdict, assessment, pending), changes);
    }

    /** Computes a goal's status in a period; if it changed, it is kept for {@link #write}. */
    public void goal(GoalStatus stored, PlannedGoal goal, String period, GoalStatusRule.GoalVerdict verdict,
            Assessment assessment, Pending pending) {
        boolean created = stored == null;
        GoalStatus g = created ? newGoalStatus(goal, period) : stored;
        if (applied(g, created, goal, verdict, assessment)) {
            pend(g, created, () -> GoalStatusState.of(g), pending.goals, pending);
        }
    }

    private GoalStatus newGoalStatus(PlannedGoal goal, String period) {
        GoalStatus g = newStatus(new GoalStatus(), t -> goalStatusId(t, goal.id(), period));
        g.goalId = goal.id();
        g.period = period;
        return g;
    }

    /** Gives the goal's status the verdict and the assessment; answers whether that changed it. */
    private static boolean applied(GoalStatus g, boolean created, PlannedGoal goal, GoalStatusRule.GoalVerdict verdict,
            Assessment assessment) {
        Status assessed = assessment == null ? null : assessment.assessedStatus;
        String justification = assessment == null || assessment.assessedStatus == null ? null : assessment.justification;
        String indicatorsJson = StoredJson.write(verdict.indicators());
        if (!created && g.computedStatus == verdict.status() && g.reason == verdict.reason() && g.assessedStatus == assessed
                && Objects.equals(g.justification, justification) && Objects.equals(g.planId, goal.planId())
                && Objects.equals(g.orgUnitId, goal.ownerUnitId()) && g.indicatorsJson.equals(indicatorsJson)) {
            return false;
        }
        g.planId = goal.planId();
        g.orgUnitId = goal.ownerUnitId();
        g.computedStatus = verdict.status();
        g.reason = verdict.reason();
        g.assessedStatus = assessed;
        g.justification = justification;
        g.indicatorsJson = indicatorsJson;
        return true;
    }

    /** A new status of the current tenant, created now, under the name-based id that tenant gives it. */
    private <S extends Tracked> S newStatus(S status, Function<String, UUID> idInTenant) {
        status.created(actors.current());
        status.tenant = tenant();
        status.id = idInTenant.apply(status.tenant);
        return status;
    }

    /** Computes one status into a batch of its own and writes it; its change, if any, is added to {@code changes}. */
    private void atOnce(Consumer<Pending> compute, List<Outbox.Change> changes) {
        Pending pending = new Pending();
        compute.accept(pending);
        write(pending);
        changes.addAll(pending.changes);
    }

    /**
     * Keeps a changed status among the pending ones of its kind for {@link #write}: a stored one leaves the
     * persistence context (its row is written by the batch's statement, not by a flush) and takes its next
     * version as a flush would give it.
     */
    private <S extends Tracked> void pend(S status, boolean created, Supplier<?> state, List<S> ofItsKind,
            Pending pending) {
        if (!created) {
            em.detach(status);
            status.version++;
            status.changed(actors.current());
        }
        pending.changes.add(new Outbox.Change(status, created ? ChangeType.CREATED : ChangeType.UPDATED, state));
        ofItsKind.add(status);
    }

    /**
     * Writes the pending statuses, each kind with one {@code insert … select … from unnest(…) on conflict
     * (id) do update} that also checks the version read (a row changed meanwhile fails the transaction,
     * as a flush's version check would), and empties the pending rows; their events stay.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(Pending pending) {
        if (pending.indicators.isEmpty() && pending.goals.isEmpty()) {
            return;
        }
        UnnestRows indicators = new UnnestRows(22);
        for (IndicatorStatus s : pending.indicators) {
            indicators.add(s.id, s.tenant, s.indicatorId, s.goalId, s.planId, s.orgUnitId, s.period, s.status, s.reason,
                    s.total, s.women, s.men, s.valueKind, s.targetJson, s.comparedWith, s.tolerance, s.measured,
                    s.version, s.createdAt, s.createdBy, s.updatedAt, s.updatedBy);
        }
        UnnestRows goals = new UnnestRows(16);
        for (GoalStatus g : pending.goals) {
            goals.add(g.id, g.tenant, g.goalId, g.planId, g.orgUnitId, g.period, g.computedStatus, g.reason,
                    g.assessedStatus, g.justification, g.indicatorsJson, g.version, g.createdAt, g.createdBy,
                    g.updatedAt, g.updatedBy);
        }
        pending.indicators.clear();
        pending.goals.clear();
        em.unwrap(Session.class).doWork(connection -> {
            upsert(connection, INDICATOR_UPSERT, indicators, "indicator");
            upsert(connection, GOAL_UPSERT, goals, "goal");
        });
    }

    private static void upsert(Connection connection, String sql, UnnestRows rows, String kind) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            rows.bind(connection, upsert, 1);
            int written = upsert.executeUpdate();
            if (written != rows.size()) {
                throw new OptimisticLockException("Wrote " + written + " of " + rows.size() + " " + kind
                        + " statuses: another transaction changed the others since they were read");
            }
        }
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
