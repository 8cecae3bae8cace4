package se.styrkort.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.domain.Ids;
import se.styrkort.platform.problem.Problem;
import se.styrkort.platform.problem.ProblemException;
import se.styrkort.platform.tenant.CurrentTenant;

/**
 * Imports run as jobs: the request's body is stored in the database (in pieces, never whole in
 * memory) and answered at once with the job; {@link ImportJobRunner} works through it in chunks
 * afterwards, in this process or, after a crash, in the next. A job is found again by its
 * Idempotency-Key, or without one by the SHA-256 of its body and options, so a resent file returns
 * the same job instead of a second one.
 */
@ApplicationScoped
public class ImportJobs {

    /** The size of a stored piece of a body. */
    static final int PIECE = 1 << 20;

    /** The longest Idempotency-Key taken. */
    static final int MAX_KEY = 200;

    /** What a submission came to: the job, and whether this request created it or found it. */
    public record Submitted(ImportJobView job, boolean created) {
    }

    /** The answer to an import request: its report when it ran at once, else the job it became. */
    public record Answer(ImportReport report, Submitted submitted) {
    }

    @Inject
    AgroalDataSource db;

    @Inject
    ImportLimits limits;

    @Inject
    ImportPipeline pipeline;

    @Inject
    CurrentTenant tenant;

    @Inject
    SecurityIdentity caller;

    @Inject
    ObjectMapper jackson;

    /** Whether a {@code Prefer} header asks for {@code respond-async} (RFC 7240). */
    public static boolean prefersAsync(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            if (preference.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("respond-async")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs an import at once, or submits it as a job of the given kind when the client prefers
     * {@code respond-async} or the body is larger than {@code styrkort.imports.async-above} (told by
     * its Content-Length, else once it is spooled). An all-or-nothing import is one transaction and
     * always runs at once.
     */
    public Answer run(InputStream body, Long contentLength, boolean atomic, ImportJob<?, ?> now, String prefer,
            String idempotencyKey, String kind, String options) throws IOException {
        if (contentLength != null && contentLength > limits.maxBytes()) {
            throw Spool.tooLarge(limits.maxBytes());
        }
        if (atomic) {
            return new Answer(pipeline.run(body, contentLength, true, now), null);
        }
        if (prefersAsync(prefer) || contentLength != null && contentLength > limits.asyncAbove()) {
            return new Answer(null, submit(kind, options, body, idempotencyKey));
        }
        Path file = Spool.copy(body, limits.maxBytes());
        try {
            if (Files.size(file) > limits.asyncAbove()) {
                try (InputStream spooled = Files.newInputStream(file)) {
                    return new Answer(null, submit(kind, options, spooled, idempotencyKey));
                }
            }
            return new Answer(pipeline.run(file, false, now), null);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Stores the body as a new job, or answers the job this key (or this body) was sent as before. */
    public Submitted submit(String kind, String options, InputStream body, String idempotencyKey) throws IOException {
        String key = checkedKey(idempotencyKey);
        String org = tenantOrRefuse();
        try {
            // The body is stored as the client sends it, in one transaction: as long as an atomic import may take.
            return QuarkusTransaction.requiringNew().timeout((int) limits.atomicTimeout().toSeconds())
                    .call(() -> store(org, kind, options, body, key));
        } catch (SentBefore e) {
            return e.job;
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            // Two requests with the same key at once: the unique index let one through; answer its job.
            if (isUniqueViolation(e) && key != null) {
                return new Submitted(byKey(org, kind, "key:" + key).orElseThrow(() -> e), false);
            }
            throw e;
        }
    }

    private Submitted store(String org, String kind, String options, InputStream body, String key)
            throws IOException, SQLException {
        UUID id = Ids.next();
        MessageDigest digest = sha256();
        digest.update(options.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        long bytes = 0;
        try (Connection c = db.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into import_job (id, tenant, kind, options, state, bytes, created_at, created_by, updated_at)
                    values (?, ?, ?, ?, 'RECEIVING', 0, now(), ?, now())""")) {
                insert.setObject(1, id);
                insert.setString(2, org);
                insert.setString(3, kind);
                insert.setString(4, options);
                insert.setString(5, caller.getPrincipal().getName());
                insert.executeUpdate();
            }
            try (PreparedStatement piece = c.prepareStatement(
                    "insert into import_job_body (job_id, seq, data) values (?, ?, ?)")) {
                byte[] buffer = new byte[PIECE];
                int seq = 0;
                int filled;
                while ((filled = body.readNBytes(buffer, 0, PIECE)) > 0) {
                    bytes += filled;
                    if (bytes > limits.maxBytes()) {
                        throw Spool.tooLarge(limits.maxBytes());
                    }
                    digest.update(buffer, 0, filled);
                    piece.setObject(1, id);
                    piece.setInt(2, seq++);
                    piece.setBytes(3, filled == PIECE ? buffer : java.util.Arrays.copyOf(buffer, filled));
                    piece.executeUpdate();
                }
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            String stored = key != null ? "key:" + key : "sha256:" + hash;
            Optional<Existing> existing = existing(c, org, kind, stored);
            if (existing.isPresent()) {
                if (!existing.get().hash().equals(hash)) {
                    throw new ProblemException(422, "Unprocessable Content",
                            "This Idempotency-Key was sent before with another body or other options",
                            List.of(new Problem.Violation("Idempotency-Key", "names job " + existing.get().id()
                                    + ", which was sent with another body; use a new key for a new import")));
                }
                // What this request stored goes: the job it was sent as before is the answer.
                throw new SentBefore(new Submitted(view(c, existing.get().id(), org).orElseThrow(), false));
            }
            try (PreparedStatement queue = c.prepareStatement("""
                    update import_job set state = 'QUEUED', bytes = ?, idempotency_key = ?, body_hash = ?
                    where id = ?""")) {
                queue.setLong(1, bytes);
                queue.setString(2, stored);
                queue.setString(3, hash);
                queue.setObject(4, id);
                queue.executeUpdate();
            }
            return new Submitted(view(c, id, org).orElseThrow(), true);
        }
    }

    private record Existing(UUID id, String hash) {
    }

    /** Rolls back what a request stored when its key (or body) names a job sent before. */
    private static final class SentBefore extends RuntimeException {

        private final transient Submitted job;

        SentBefore(Submitted job) {
            super(null, null, false, false);
            this.job = job;
        }
    }

    private static Optional<Existing> existing(Connection c, String org, String kind, String key) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "select id, body_hash from import_job where tenant = ? and kind = ? and idempotency_key = ?")) {
            select.setString(1, org);
            select.setString(2, kind);
            select.setString(3, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Existing(row.getObject(1, UUID.class), row.getString(2)))
                        : Optional.empty();
            }
        }
    }

    private Optional<ImportJobView> byKey(String org, String kind, String key) {
        return withConnection(c -> {
            Optional<Existing> existing = existing(c, org, kind, key);
            return existing.isEmpty() ? Optional.empty() : view(c, existing.get().id(), org);
        });
    }

    /** The caller's organization's job, or 404 for an unknown id or another organization's. */
    public ImportJobView get(UUID id) {
        String org = tenantOrRefuse();
        return withConnection(c -> view(c, id, org)).orElseThrow(() -> ProblemException.notFound("import job", id));
    }

    /**
     * Cancels a job that has not ended: the chunk being written is rolled back, the rows written
     * before stay (each was a complete write of its own). An ended job is answered as it is.
     */
    public ImportJobView cancel(UUID id) {
        String org = tenantOrRefuse();
        QuarkusTransaction.requiringNew().run(() -> withConnection(c -> {
            try (PreparedStatement cancel = c.prepareStatement("""
                    update import_job set state = 'CANCELLED', finished_at = now(), updated_at = now(), leased_until = null
                    where id = ? and tenant = ? and state in ('QUEUED', 'RUNNING')""")) {
                cancel.setObject(1, id);
                cancel.setString(2, org);
                if (cancel.executeUpdate() == 1) {
                    ImportJobRunner.dropBody(c, id);
                }
            }
            return null;
        }));
        return get(id);
    }

    /** A page of the job's report: the lines of the rows done so far, in row order. */
    public Page<JsonNode> results(UUID id, int page, int size) {
        ImportJobView job = get(id);
        long first = (long) page * size + 1;
        long last = first + size - 1;
        List<JsonNode> items = new ArrayList<>(Math.min(size, 1000));
        withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    select lines from import_job_report where job_id = ? and last_row >= ? and first_row <= ?
                    order by first_row""")) {
                select.setObject(1, id);
                select.setLong(2, first);
                select.setLong(3, last);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        for (JsonNode line : jackson.readTree(rows.getString(1))) {
                            long row = line.path("row").asLong();
                            if (row >= first && row <= last) {
                                items.add(line);
                            }
                        }
                    }
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("An import job's stored report is not JSON", e);
                }
            }
            return null;
        });
        return new Page<>(items, page, size, job.rowsRead());
    }

    Optional<ImportJobView> view(Connection c, UUID id, String org) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("""
                select id, state, bytes, rows_total, rows_done, accepted, unchanged, revised, rejected, problem,
                       created_at, created_by, updated_at, finished_at
                from import_job where id = ? and tenant = ? and state <> 'RECEIVING'""")) {
            select.setObject(1, id);
            select.setString(2, org);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ImportJobView(row.getObject(1, UUID.class), row.getString(2), row.getLong(3),
                        row.getObject(4, Long.class), row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8),
                        row.getLong(9), problem(row.getString(10)), instant(row, 11), row.getString(12),
                        instant(row, 13), instant(row, 14)));
            }
        }
    }

    private Problem problem(String json) {
        try {
            return json == null ? null : jackson.readValue(json, Problem.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An import job's stored problem is not JSON", e);
        }
    }

    private static java.time.Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    <T> T withConnection(Work<T> work) {
        try (Connection c = db.getConnection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String tenantOrRefuse() {
        return tenant.get().orElseThrow(() -> new ProblemException(403, "Forbidden",
                "The token names no organization (claim org)", List.of()));
    }

    private static String checkedKey(String key) {
        if (key == null) {
            return null;
        }
        if (key.isEmpty() || key.length() > MAX_KEY || !key.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f)) {
            throw ProblemException.badField("Idempotency-Key",
                    "must be 1 to " + MAX_KEY + " visible ASCII characters, such as a UUID");
        }
        return key;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
