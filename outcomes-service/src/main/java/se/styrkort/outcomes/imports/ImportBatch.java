package se.styrkort.outcomes.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.styrkort.outcomes.domain.Measurement;
import se.styrkort.outcomes.domain.MeasurementIdentity;
import se.styrkort.outcomes.domain.Measurements;
import se.styrkort.outcomes.domain.Measurements.Recorded;
import se.styrkort.outcomes.status.Statuses;

/**
 * Writes a few hundred checked rows in the caller's transaction, each with its event and revision;
 * what is stored for them is looked up in one query.
 */
@ApplicationScoped
class ImportBatch {

    /** A row and why it cannot be written (null when it can). */
    record Checked(ImportRow row, String reason) {
    }

    @Inject
    Measurements measurements;

    /**
     * Rows per persistence context: every event flushes it, and a flush checks every entity in it,
     * so a context as large as the batch would make a batch quadratic.
     */
    private static final int CHUNK = 50;

    @Inject
    EntityManager em;

    @Inject
    Statuses statuses;

    /** Writes the rows, then recomputes the statuses of what changed once for the whole batch. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<RowResult> write(List<Checked> rows) {
        List<RowResult> results = new ArrayList<>(rows.size());
        Set<MeasurementIdentity> changed = new LinkedHashSet<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Checked> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            List<RowResult> written = writeChunk(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                RowOutcome outcome = written.get(i).outcome();
                if (outcome == RowOutcome.ACCEPTED || outcome == RowOutcome.REVISED) {
                    changed.add(Measurements.identityOf(chunk.get(i).row().input()));
                }
            }
            results.addAll(written);
            em.flush();
            em.clear();
        }
        statuses.outcomesChanged(changed);
        em.flush();
        em.clear();
        return results;
    }

    private List<RowResult> writeChunk(List<Checked> rows) {
        Map<MeasurementIdentity, Measurement> stored = measurements.stored(rows.stream()
                .filter(row -> row.reason() == null).map(row -> Measurements.identityOf(row.row().input())).toList());
        List<RowResult> results = new ArrayList<>(rows.size());
        for (Checked checked : rows) {
            long number = checked.row().number();
            if (checked.reason() != null) {
                results.add(RowResult.rejected(number, checked.reason()));
                continue;
            }
            MeasurementIdentity identity = Measurements.identityOf(checked.row().input());
            Recorded recorded = measurements.record(checked.row().input(), Optional.ofNullable(stored.get(identity)));
            // A later row of the same chunk may name the same measurement again.
            stored.put(identity, recorded.measurement());
            results.add(new RowResult(number, RowOutcome.valueOf(recorded.outcome().name()),
                    recorded.measurement().id, recorded.measurement().version, null));
        }
        return results;
    }
}
