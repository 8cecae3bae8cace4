package se.styrkort.reporting.rebuild;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * Where each aggregate's newest readable record is, for a rebuild: every readable record the first
 * pass sees goes into a temporary table of the rebuild's transaction (with COPY, a batch at a time),
 * and PostgreSQL picks the newest version per aggregate. Kept in the heap, a million aggregates took
 * more than a service's 160 MB; here the heap holds one batch of lines and, at the end, the chosen
 * offsets as sorted arrays of longs (8 bytes each).
 */
final class NewestRecords {

    private static final int BATCH = 10_000;

    private final Session session;
    private final List<TopicPartition> partitions;
    private final StringBuilder pending = new StringBuilder();
    private int pendingRows;

    NewestRecords(Session session, List<TopicPartition> partitions) {
        this.session = session;
        this.partitions = partitions;
        session.doWork(connection -> {
            try (Statement st = connection.createStatement()) {
                st.execute("""
                        create temporary table rebuild_seen (aggregate_type varchar(64) not null,
                            aggregate_id varchar(64) not null, version bigint not null, part int not null,
                            off bigint not null) on commit drop""");
            }
        });
    }

    /** A readable record of a kept aggregate type (its type and id were checked: no tab or line break in them). */
    void add(String type, String id, long version, TopicPartition partition, long offset) {
        pending.append(type).append('\t').append(id).append('\t').append(version).append('\t')
                .append(partitions.indexOf(partition)).append('\t').append(offset).append('\n');
        if (++pendingRows == BATCH) {
            flush();
        }
    }

    private void flush() {
        if (pendingRows == 0) {
            return;
        }
        String lines = pending.toString();
        session.doWork(connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy rebuild_seen from stdin",
                        new StringReader(lines));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        pending.setLength(0);
        pendingRows = 0;
    }

    /**
     * Per partition, in ascending order, the offsets of the newest record of each aggregate (of equal
     * versions, the first one seen in its partition).
     */
    Map<TopicPartition, long[]> newest() {
        flush();
        Map<TopicPartition, long[]> offsets = new HashMap<>();
        session.doWork(connection -> {
            try (PreparedStatement q = connection.prepareStatement("""
                    select part, off from (select distinct on (aggregate_type, aggregate_id) part, off from rebuild_seen
                        order by aggregate_type, aggregate_id, version desc, part, off) n
                    order by part, off""")) {
                q.setFetchSize(BATCH);
                try (ResultSet rs = q.executeQuery()) {
                    int part = -1;
                    long[] list = new long[0];
                    int size = 0;
                    while (rs.next()) {
                        if (rs.getInt(1) != part) {
                            if (part >= 0) {
                                offsets.put(partitions.get(part), Arrays.copyOf(list, size));
                            }
                            part = rs.getInt(1);
                            list = new long[1024];
                            size = 0;
                        }
                        if (size == list.length) {
                            list = Arrays.copyOf(list, size * 2);
                        }
                        list[size++] = rs.getLong(2);
                    }
                    if (part >= 0) {
                        offsets.put(partitions.get(part), Arrays.copyOf(list, size));
                    }
                }
            }
        });
        return offsets;
    }
}
