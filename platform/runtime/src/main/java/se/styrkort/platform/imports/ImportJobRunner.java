package se.styrkort.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import se.styrkort.platform.problem.Problem;
import se.styrkort.platform.problem.ProblemException;
import se.styrkort.platform.security.RoleHierarchy;

/**
 * Works through the import jobs ({@link ImportJobs}) of the kinds this service knows, one at a time
 * per process, in the tenant and as the user that submitted each. A job is leased for
 * {@code styrkort.imports.job-lease}, renewed with every chunk; a job whose process died is taken
 * over when its lease has run out, by this process started again or by another replica.
 * <p>
 * First the body is read through once, to count its rows and to fail the job, writing nothing, when
 * it is malformed or has more rows than allowed, as a request would be answered. Then its rows are
 * written in chunks of {@code styrkort.imports.batch-size}: each chunk's rows, its report lines and
 * the job's progress in one transaction, the progress only where it still is what this process read
 * (and the job still its and running). A job resumed after a crash skips the rows its committed
 * progress counts, so every row is written exactly once; a cancelled or taken-over job stops at the
 * chunk that finds so, which rolls back.
 */
@ApplicationScoped
public class ImportJobRunner {

    private static final Logger LOG = Logger.getLogger(ImportJobRunner.class);

    /** This process among those that work on jobs of the same database. */
    private final UUID worker = UUID.randomUUID();

    @Inject
    AgroalDataSource db;

    @Inject
    ImportLimits limits;

    @Inject
    ObjectMapper jackson;

    @Inject
    EntityManager em;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    Instance<ImportJobKind> kinds;

    private volatile boolean stopping;
    private Instant sweptAt = Instant.EPOCH;

    /** A job as claimed: where its committed progress stands. */
    record Claimed(UUID id, String tenant, String kind, String options, String createdBy, Long rowsTotal,
            long rowsDone, int attempts) {
    }

    /** The job is no longer this process's to write: cancelled, taken over, or its progress moved on. */
    static final class JobLost extends RuntimeException {

        JobLost(UUID id) {
            super("Import job " + id + " is no longer this process's to write", null, false, false);
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    // A job's writes wake the outbox relay, whose channel exists once the application has started.
    @Scheduled(every = "${styrkort.imports.job-poll-every:1s}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void work() {
        Map<String, ImportJobKind> known = kinds.stream().collect(Collectors.toMap(ImportJobKind::name, Function.identity()));
        if (known.isEmpty()) {
            return;
        }
        for (Claimed job = claim(known.keySet()); job != null && !stopping; job = claim(known.keySet())) {
            try {
                if (job.attempts() > limits.jobAttempts()) {
                    finish(job.id(), "FAILED", new ProblemException(500, "Import job failed",
                            "The job was interrupted " + limits.jobAttempts() + " times at row " + (job.rowsDone() + 1)
                                    + " without getting further; the rows before it are written",
                            List.of()));
                    continue;
                }
                run(job, known.get(job.kind()));
            } catch (JobLost e) {
                LOG.infof("Import job %s stopped: %s", job.id(), e.getMessage());
            } catch (RuntimeException e) {
                // Left to its lease: taken up again once it runs out, from its last committed chunk.
                LOG.errorf(e, "Import job %s interrupted; it is taken up again after its lease", job.id());
                return;
            }
        }
        sweep();
    }

    /** The oldest job of a known kind that no live process holds, now leased to this one. */
    private Claimed claim(java.util.Set<String> known) {
        try (Connection c = db.getConnection(); PreparedStatement claim = c.prepareStatement("""
                update import_job set state = 'RUNNING', worker = ?, leased_until = now() + ? * interval '1 millisecond',
                       attempts = attempts + 1, updated_at = now()
                where id = (select id from import_job
                            where state in ('QUEUED', 'RUNNING') and kind = any (?)
                              and (leased_until is null or leased_until < now())
                            order by created_at limit 1 for update skip locked)
                returning id, tenant, kind, options, created_by, rows_total, rows_done, attempts""")) {
            claim.setObject(1, worker);
            claim.setLong(2, limits.jobLease().toMillis());
            claim.setArray(3, c.createArrayOf("varchar", known.toArray()));
            try (ResultSet row = claim.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new Claimed(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getObject(6, Long.class), row.getLong(7), row.getInt(8));
            }
        } catch (SQLException e) {
            LOG.warnf("Could not look for import jobs: %s", e.toString());
            return null;
        }
    }

    private void run(Claimed claimed, ImportJobKind kind) {
        ManagedContext request = Arc.container().requestContext();
        boolean own = !request.isActive();
        if (own) {
            request.activate();
        }
        try {
            // The job acts as the user who sent it, in their organization: what it writes is theirs.
            identities.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(claimed.createdBy()))
                    .addAttribute(RoleHierarchy.TENANT_ATTRIBUTE, claimed.tenant()).build());
            write(claimed, kind.open(claimed.options()));
        } finally {
            if (own) {
                request.terminate();
            }
        }
    }

    private <R, C extends ImportJob.Checked> void write(Claimed claimed, ImportJob<R, C> job) {
        UUID id = claimed.id();
        try {
            if (claimed.rowsTotal() == null) {
                long rows = count(id, job);
                update(id, "rows_total = ?", rows);
            }
            long done = claimed.rowsDone();
            try (RowReader<R> rows = open(id, job)) {
                List<C> pending = new ArrayList<>(limits.batchSize());
                for (R row = rows.next(); row != null; row = rows.next()) {
                    if (job.number(row) <= claimed.rowsDone()) {
                        continue;
                    }
                    pending.add(job.check(row));
                    if (pending.size() == limits.batchSize()) {
                        done = applyOrSplit(id, job, pending, done);
                        pending.clear();
                    }
                    if (stopping) {
                        return;
                    }
                }
                if (!pending.isEmpty()) {
                    done = applyOrSplit(id, job, pending, done);
                }
            }
            finish(id, "DONE", null);
        } catch (ProblemException e) {
            finish(id, "FAILED", e);
        } catch (JsonProcessingException e) {
            // As a request with this body would be answered.
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            finish(id, "FAILED", new ProblemException(400, "Bad Request", "The request body is not valid JSON" + where,
                    List.of(new Problem.Violation("body", String.valueOf(e.getOriginalMessage())))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first reading: the number of rows; a malformed body or too many rows fail the job before anything is written. */
    private <R> long count(UUID id, ImportJob<R, ?> job) throws IOException {
        long rows = 0;
        try (RowReader<R> reader = open(id, job)) {
            for (R row = reader.next(); row != null; row = reader.next()) {
                rows = job.number(row);
                if (rows > limits.maxRows()) {
                    throw Spool.tooManyRows(limits.maxRows());
                }
                if (rows % 50_000 == 0) {
                    update(id, "leased_until = now() + ? * interval '1 millisecond'", limits.jobLease().toMillis());
                }
            }
        }
        return rows;
    }

    private <R> RowReader<R> open(UUID id, ImportJob<R, ?> job) throws IOException {
        InputStream in = new java.io.BufferedInputStream(new JobBody(db, id), ImportJobs.PIECE / 4);
        try {
            return job.read(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Applies a chunk with its progress in one transaction; a chunk the database refuses is applied
     * row by row, each with its progress, so one row cannot sink the others. Answers the rows done.
     */
    private <C extends ImportJob.Checked> long applyOrSplit(UUID id, ImportJob<?, C> job, List<C> chunk, long done) {
        try {
            QuarkusTransaction.requiringNew().run(() -> applied(id, done, job.write(List.copyOf(chunk))));
            return done + chunk.size();
        } catch (JobLost e) {
            throw e;
        } catch (RuntimeException chunkFailed) {
            LOG.warnf(chunkFailed, "Import job %s: a chunk of %d rows not written at once; writing them one by one", id,
                    chunk.size());
        }
        long at = done;
        for (C row : chunk) {
            long before = at;
            try {
                QuarkusTransaction.requiringNew().run(() -> applied(id, before, job.write(List.of(row))));
            } catch (JobLost e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.warnf("Import job %s: row %d not written: %s", id, row.number(), e.toString());
                QuarkusTransaction.requiringNew().run(() -> applied(id, before,
                        List.of(RowResult.rejected(row.number(), ImportPipeline.NOT_WRITTEN_ALONE))));
            }
            at++;
        }
        return at;
    }

    /** In the chunk's transaction: its report lines and the job's progress, or {@link JobLost}. */
    private void applied(UUID id, long done, List<RowResult> results) {
        long[] counts = new long[RowOutcome.values().length];
        results.forEach(r -> counts[r.outcome().ordinal()]++);
        String lines;
        try {
            lines = jackson.writeValueAsString(results);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement progress = c.prepareStatement("""
                    update import_job set rows_done = rows_done + ?, accepted = accepted + ?, unchanged = unchanged + ?,
                           revised = revised + ?, rejected = rejected + ?, attempts = 1,
                           leased_until = now() + ? * interval '1 millisecond', updated_at = now()
                    where id = ? and worker = ? and state = 'RUNNING' and rows_done = ?""")) {
                progress.setLong(1, results.size());
                progress.setLong(2, counts[RowOutcome.ACCEPTED.ordinal()]);
                progress.setLong(3, counts[RowOutcome.UNCHANGED.ordinal()]);
                progress.setLong(4, counts[RowOutcome.REVISED.ordinal()]);
                progress.setLong(5, counts[RowOutcome.REJECTED.ordinal()]);
                progress.setLong(6, limits.jobLease().toMillis());
                progress.setObject(7, id);
                progress.setObject(8, worker);
                progress.setLong(9, done);
                if (progress.executeUpdate() != 1) {
                    throw new JobLost(id);
                }
            }
            try (PreparedStatement report = c.prepareStatement(
                    "insert into import_job_report (job_id, first_row, last_row, lines) values (?, ?, ?, ?)")) {
                report.setObject(1, id);
                report.setLong(2, results.get(0).row());
                report.setLong(3, results.get(results.size() - 1).row());
                report.setString(4, lines);
                report.executeUpdate();
            }
        });
        ImportMetrics.rows().increment(results.size());
    }

    private void update(UUID id, String set, long value) {
        try (Connection c = db.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "update import_job set " + set
                                + ", updated_at = now() where id = ? and worker = ? and state = 'RUNNING'")) {
            update.setLong(1, value);
            update.setObject(2, id);
            update.setObject(3, worker);
            if (update.executeUpdate() != 1) {
                throw new JobLost(id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void finish(UUID id, String state, ProblemException problem) {
        String json;
        try {
            json = problem == null ? null : jackson.writeValueAsString(problem.toProblem());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = db.getConnection(); PreparedStatement end = c.prepareStatement("""
                    update import_job set state = ?, problem = ?, finished_at = now(), updated_at = now(), leased_until = null
                    where id = ? and worker = ? and state = 'RUNNING'""")) {
                end.setString(1, state);
                end.setString(2, json);
                end.setObject(3, id);
                end.setObject(4, worker);
                if (end.executeUpdate() != 1) {
                    throw new JobLost(id);
                }
                dropBody(c, id);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        LOG.infof("Import job %s %s", id, state);
    }

    /** An ended job's body is not read again. */
    static void dropBody(Connection c, UUID id) throws SQLException {
        try (PreparedStatement drop = c.prepareStatement("delete from import_job_body where job_id = ?")) {
            drop.setObject(1, id);
            drop.executeUpdate();
        }
    }

    /** Ended jobs are kept for styrkort.imports.job-keep, then deleted with their reports; looked at every ten minutes. */
    private void sweep() {
        if (sweptAt.plusSeconds(600).isAfter(Instant.now())) {
            return;
        }
        sweptAt = Instant.now();
        try (Connection c = db.getConnection();
                PreparedStatement sweep = c.prepareStatement(
                        "delete from import_job where finished_at < now() - ? * interval '1 millisecond'")) {
            sweep.setLong(1, limits.jobKeep().toMillis());
            sweep.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("Could not delete ended import jobs: %s", e.toString());
        }
    }
}
