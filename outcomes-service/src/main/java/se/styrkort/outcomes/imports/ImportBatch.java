package se.styrkort.outcomes.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.styrkort.outcomes.domain.MeasurementIdentity;
import se.styrkort.outcomes.domain.MeasurementIngest;
import se.styrkort.outcomes.domain.MeasurementInput;
import se.styrkort.outcomes.domain.Measurements;
import se.styrkort.outcomes.domain.Measurements.Recorded;
import se.styrkort.outcomes.domain.RecordOutcome;
import se.styrkort.outcomes.domain.StatusRecomputation;
import se.styrkort.platform.imports.ImportJob;
import se.styrkort.platform.imports.RowOutcome;
import se.styrkort.platform.imports.RowResult;

/**
 * Writes a batch of checked rows in the caller's transaction, set-based ({@link MeasurementIngest}:
 * COPY into a staging table, one statement for the measurements and their revisions, one batched
 * outbox insert), and recomputes the statuses of what changed once for the whole batch. Rows of one
 * measurement repeated within the batch are written in rounds, in file order, so that a later row
 * is a revision of the earlier one, as if they had come one by one.
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
    MeasurementIngest ingest;

    @Inject
    StatusRecomputation statuses;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    List<RowResult> write(List<Checked> rows) {
        RowResult[] results = new RowResult[rows.size()];
        // Round k holds the k-th row of each measurement: the identities in one round are distinct.
        List<List<Integer>> rounds = new ArrayList<>();
        Map<MeasurementIdentity, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Checked checked = rows.get(i);
            if (checked.reason() != null) {
                results[i] = RowResult.rejected(checked.number(), checked.reason());
                continue;
            }
            int round = seen.merge(Measurements.identityOf(checked.row().input()), 0, (n, zero) -> n + 1);
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(i);
        }
        Set<MeasurementIdentity> changed = new LinkedHashSet<>();
        for (List<Integer> round : rounds) {
            List<MeasurementInput> inputs = round.stream().map(i -> rows.get(i).row().input()).toList();
            List<Recorded> recorded = ingest.recordAll(inputs);
            for (int k = 0; k < round.size(); k++) {
                Recorded r = recorded.get(k);
                if (r.outcome() != RecordOutcome.UNCHANGED) {
                    changed.add(Measurements.identityOf(inputs.get(k)));
                }
                results[round.get(k)] = RowResult.of(rows.get(round.get(k)).number(),
                        RowOutcome.valueOf(r.outcome().name()), ID, r.measurement().id, r.measurement().version);
            }
        }
        statuses.outcomesChanged(changed);
        em.flush();
        em.clear();
        return Arrays.asList(results);
    }
}
