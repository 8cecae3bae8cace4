package se.styrkort.outcomes.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.Session;
import org.postgresql.PGConnection;

import se.styrkort.outcomes.domain.Measurements.Recorded;
import se.styrkort.platform.domain.Ids;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.Outbox;
import se.styrkort.platform.tenant.CurrentTenant;

/**
 * Records many checked measurements at once, set-based: the rows are copied into a temporary table
 * with COPY, and one statement inserts the new ones, revises those whose values differ
 * ({@code insert … select … on conflict … do update … where} the values are distinct), writes the
 * revisions of both and answers, per row, the id and version it has now and whether it changed. The
 * events of what changed are then recorded with one batched outbox insert. It decides as
 * {@link Measurements#record(MeasurementInput)} decides one row: new, unchanged (equal numbers at
 * any scale, the same activity state; provenance alone is no change) or a new revision.
 */
@ApplicationScoped
public class MeasurementIngest {

    /** Per connection, emptied at every commit: a batch's rows, with the ids a new measurement and its revision get. */
    private static final String STAGING = """
            create temporary table if not exists measurement_import (
                row_no          int          not null,
                id              uuid         not null,
                revision_id     uuid         not null,
                indicator_id    uuid         not null,
                org_unit_id     uuid         not null,
                period          varchar(7)   not null,
                value_kind      varchar(16)  not null,
                total           numeric,
                women           numeric,
                men             numeric,
                activity_state  varchar(16),
                source_system   varchar(200),
                external_row_id varchar(200)
            ) on commit delete rows""";

    private static final String COPY = "copy measurement_import (row_no, id, revision_id, indicator_id, org_unit_id, "
            + "period, value_kind, total, women, men, activity_state, source_system, external_row_id) "
            + "from stdin (format csv)";

    /**
     * The parameters: tenant, time, user. The last select reads the measurements as they were before
     * the statement (one snapshot for the whole statement): for an unchanged row, what is stored.
     */
    private static final String WRITE = """
            with params as (select cast(? as varchar) as tenant, cast(? as timestamptz) as at, cast(? as varchar) as by),
            written as (
                insert into measurement as m (id, tenant, indicator_id, org_unit_id, period, value_kind, total, women,
                    men, activity_state, source_system, external_row_id, version, created_at, created_by,
                    updated_at, updated_by)
                select s.id, p.tenant, s.indicator_id, s.org_unit_id, s.period, s.value_kind, s.total, s.women, s.men,
                    s.activity_state, s.source_system, s.external_row_id, 0, p.at, p.by, p.at, p.by
                from measurement_import s cross join params p
                on conflict (tenant, indicator_id, org_unit_id, period, value_kind) do update
                    set total = excluded.total, women = excluded.women, men = excluded.men,
                        activity_state = excluded.activity_state, source_system = excluded.source_system,
                        external_row_id = excluded.external_row_id, version = m.version + 1,
                        updated_at = excluded.updated_at, updated_by = excluded.updated_by
                    where (m.total, m.women, m.men, m.activity_state)
                        is distinct from (excluded.total, excluded.women, excluded.men, excluded.activity_state)
                returning m.id, m.indicator_id, m.org_unit_id, m.period, m.value_kind, m.version, m.created_at,
                    m.created_by
            ),
            revised as (
                insert into measurement_revision (id, tenant, measurement_id, version, change_type, indicator_id,
                    org_unit_id, period, value_kind, total, women, men, activity_state, source_system,
                    external_row_id, changed_at, changed_by)
                select s.revision_id, p.tenant, w.id, w.version,
                    case when w.id = s.id then 'CREATED' else 'UPDATED' end, s.indicator_id, s.org_unit_id, s.period,
                    s.value_kind, s.total, s.women, s.men, s.activity_state, s.source_system, s.external_row_id, p.at,
                    p.by
                from written w
                join measurement_import s using (indicator_id, org_unit_id, period, value_kind)
                cross join params p
            )
            select s.row_no, coalesce(w.id, m.id), coalesce(w.version, m.version), w.id is not null, w.created_at,
                w.created_by
            from measurement_import s
            cross join params p
            left join written w using (indicator_id, org_unit_id, period, value_kind)
            left join measurement m on m.tenant = p.tenant and m.indicator_id = s.indicator_id
                and m.org_unit_id = s.org_unit_id and m.period = s.period and m.value_kind = s.value_kind
            order by s.row_no""";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Actors actors;

    @Inject
    EventStates states;

    @Inject
    CurrentTenant tenant;

    /**
     * Records checked inputs of distinct identities (a caller with two rows of one measurement
     * records the second in a later call, as its revision), each with its revision and event;
     * answers what recording did to each, in order. The caller recomputes the statuses of what
     * changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Recorded> recordAll(List<MeasurementInput> inputs) {
        if (inputs.isEmpty()) {
            return List.of();
        }
        String region = tenant.get().orElseThrow(() -> new IllegalStateException("No tenant to record for"));
        String user = actors.current();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Measurement> rows = new ArrayList<>(inputs.size());
        Set<MeasurementIdentity> identities = new HashSet<>();
        for (MeasurementInput input : inputs) {
            Measurement m = Measurements.written(input);
            m.id = Ids.next();
            m.tenant = region;
            if (!identities.add(MeasurementIdentity.of(m))) {
                throw new IllegalArgumentException("Two rows of one measurement in one call: " + MeasurementIdentity.of(m));
            }
            rows.add(m);
        }
        Session session = em.unwrap(Session.class);
        session.flush();
        List<Recorded> recorded = new ArrayList<>(rows.size());
        session.doWork(connection -> {
            stage(connection, rows);
            try (PreparedStatement write = connection.prepareStatement(WRITE)) {
                write.setString(1, region);
                write.setTimestamp(2, Timestamp.from(now));
                write.setString(3, user);
                try (ResultSet rs = write.executeQuery()) {
                    while (rs.next()) {
                        recorded.add(outcome(rows.get(rs.getInt(1)), rs, now, user));
                    }
                }
            }
        });
        if (recorded.size() != rows.size()) {
            throw new IllegalStateException("Recorded " + recorded.size() + " of " + rows.size() + " measurements");
        }
        List<Outbox.Change> changes = new ArrayList<>();
        for (Recorded r : recorded) {
            if (r.outcome() != RecordOutcome.UNCHANGED) {
                Measurement m = r.measurement();
                changes.add(new Outbox.Change(m,
                        r.outcome() == RecordOutcome.ACCEPTED ? ChangeType.CREATED : ChangeType.UPDATED,
                        () -> states.of(m)));
            }
        }
        outbox.publishAll(changes);
        return recorded;
    }

    /** Empties the staging table (an atomic import writes many batches in one transaction) and copies the rows in. */
    private static void stage(Connection connection, List<Measurement> rows) throws SQLException {
        try (Statement st = connection.createStatement()) {
            // Both in one round trip.
            st.execute(STAGING + ";\ntruncate measurement_import");
        }
        StringBuilder lines = new StringBuilder(rows.size() * 160);
        try (CSVPrinter csv = new CSVPrinter(lines, CSVFormat.POSTGRESQL_CSV)) {
            for (int i = 0; i < rows.size(); i++) {
                Measurement m = rows.get(i);
                csv.printRecord(Arrays.asList(i, m.id, Ids.next(), m.indicatorId, m.orgUnitId, m.period, m.valueKind.name(),
                        plain(m.total), plain(m.women), plain(m.men), m.activityState == null ? null : m.activityState.name(),
                        m.sourceSystem,
                        m.externalRowId));
            }
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(lines.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What recording did to a row: for a changed one, the measurement as its event carries it. */
    private static Recorded outcome(Measurement row, ResultSet rs, Instant now, String user) throws SQLException {
        UUID id = rs.getObject(2, UUID.class);
        if (id == null) {
            // Written by another transaction after this statement began: the caller's retry sees it.
            throw new IllegalStateException("Measurement " + MeasurementIdentity.of(row) + " written concurrently");
        }
        long version = rs.getLong(3);
        if (!rs.getBoolean(4)) {
            Measurement stored = new Measurement();
            stored.id = id;
            stored.version = version;
            return new Recorded(stored, RecordOutcome.UNCHANGED);
        }
        RecordOutcome outcome = id.equals(row.id) ? RecordOutcome.ACCEPTED : RecordOutcome.REVISED;
        row.id = id;
        row.version = version;
        row.createdAt = rs.getTimestamp(5).toInstant();
        row.createdBy = rs.getString(6);
        row.updatedAt = now;
        row.updatedBy = user;
        return new Recorded(row, outcome);
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
