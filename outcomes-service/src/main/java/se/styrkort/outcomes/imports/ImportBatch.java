package se.styrkort.outcomes.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.styrkort.outcomes.domain.Measurement;
import se.styrkort.outcomes.domain.MeasurementIdentity;
import se.styrkort.outcomes.domain.Measurements;
import se.styrkort.outcomes.domain.Measurements.Recorded;
import se.styrkort.outcomes.domain.RecordOutcome;
import se.styrkort.outcomes.domain.StatusRecomputation;
import se.styrkort.platform.imports.ImportJob;
import se.styrkort.platform.imports.RowOutcome;
import se.styrkort.platform.imports.RowResult;

/**
 * Writes a batch of checked rows in the caller's transaction, each with its event and revision,
 * in bulk: what is stored for the batch is read in one query, the rows are staged, then flushed
 * in JDBC batches with their events in one batched outbox insert, and the statuses of what changed
 * are recomputed once for the whole batch.
 */
@ApplicationScoped
class ImportBatch {

    /** A row and why it cannot be written (null when it can). */
    record Checked(ImportRow row, String reason) implements ImportJob.Checked {

        @Override
        public long number() {
            return row.number();
        }
    }

    /** What the report's lines call the measurement a row was written as. */
    static final String ID = "measurementId";

    @Inject
    Measurements measurements;

    @Inject
    StatusRecomputation statuses;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    List<RowResult> write(List<Checked> rows) {
        Map<MeasurementIdentity, Measurement> stored = measurements.stored(rows.stream()
                .filter(row -> row.reason() == null).map(row -> Measurements.identityOf(row.row().input())).toList());
        List<RowResult> results = new ArrayList<>(rows.size());
        List<Recorded> staged = new ArrayList<>(rows.size());
        List<Long> stagedRows = new ArrayList<>(rows.size());
        Set<MeasurementIdentity> pending = new HashSet<>();
        Set<MeasurementIdentity> changed = new LinkedHashSet<>();
        for (Checked checked : rows) {
            long number = checked.row().number();
            if (checked.reason() != null) {
                results.add(RowResult.rejected(number, checked.reason()));
                continue;
            }
            MeasurementIdentity identity = Measurements.identityOf(checked.row().input());
            // A later row of the batch names a measurement changed before: that change is published first.
            if (pending.contains(identity)) {
                publish(staged, stagedRows, results);
                pending.clear();
            }
            Recorded recorded = measurements.stage(checked.row().input(), Optional.ofNullable(stored.get(identity)));
            stored.put(identity, recorded.measurement());
            if (recorded.outcome() == RecordOutcome.UNCHANGED) {
                results.add(RowResult.of(number, RowOutcome.UNCHANGED, ID, recorded.measurement().id,
                        recorded.measurement().version));
            } else {
                pending.add(identity);
                changed.add(identity);
                staged.add(recorded);
                stagedRows.add(number);
                // Placeholder until the version is known after the flush.
                results.add(null);
            }
        }
        publish(staged, stagedRows, results);
        statuses.outcomesChanged(changed);
        em.flush();
        em.clear();
        return results;
    }

    /** Publishes what is staged and fills its rows' results with the versions they got. */
    private void publish(List<Recorded> staged, List<Long> stagedRows, List<RowResult> results) {
        if (staged.isEmpty()) {
            return;
        }
        measurements.publishStaged(staged);
        int next = 0;
        for (int i = 0; i < results.size() && next < staged.size(); i++) {
            if (results.get(i) == null) {
                Recorded r = staged.get(next);
                results.set(i, RowResult.of(stagedRows.get(next), RowOutcome.valueOf(r.outcome().name()), ID,
                        r.measurement().id, r.measurement().version));
                next++;
            }
        }
        staged.clear();
        stagedRows.clear();
    }
}
