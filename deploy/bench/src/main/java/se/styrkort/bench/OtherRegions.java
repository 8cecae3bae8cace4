package se.styrkort.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The other regions of the many-region roll-up reads, each the size of the measured one. Sending more
 * regions through the pipeline would take hours at the rates measured, so reporting-service's read
 * model of region-jh, as its consumers built it, is copied with SQL into the other regions' tenants:
 * one {@code INSERT … SELECT} per table for all the regions at once (a cross join with
 * {@code generate_series} of the regions' numbers), the table's secondary indexes dropped first and
 * built again after, as a bulk load is done. Every table with a tenant is copied, but the outbox (the
 * service's own events, not the read model); of tables with a plan (plan_id, or plan_summary's id) the
 * region's plans only, and neither the measurements nor the indicator statuses: the roll-ups read the
 * goals' statuses, not these, which were most of the rows (the ingest plan's hundreds of thousands of
 * values made 20 regions take 450–500 s; a region's 129 600 indicator statuses are three quarters of
 * what remains). Uuid
 * columns are renamed alike in all tables, {@code md5(tenant || id)::uuid}, so that the copies refer to
 * each other as the original rows do. Ids inside JSON columns keep region-jh's values; the roll-ups
 * do not read them.
 */
final class OtherRegions {

    private static final String SOURCE = "region-jh";
    private static final List<String> NOT_COPIED = List.of("outbox_event", "outbox_sent", "measurement",
            "indicator_status");

    private OtherRegions() {
    }

    /** What the copy wrote. */
    record Copied(long rows, int tables, double seconds, String largest) {
    }

    /** The name of other region number I (from 1). */
    static String name(int i) {
        return String.format("region-b%03d", i);
    }

    /** Other regions FROM to TO (inclusive, from 1). */
    static List<String> names(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(name(i));
        }
        return out;
    }

    /** Copies region-jh's read model (of the given plans) into other regions FROM to TO. */
    static Copied copy(Stack stack, List<String> plans, int from, int to) throws SQLException {
        long t0 = System.nanoTime();
        try (Connection c = stack.connect("styrkort_reporting"); Statement st = c.createStatement()) {
            Map<String, List<String[]>> tables = tenantTables(st);
            String planArray = plans.stream().map(p -> "'" + UUID.fromString(p) + "'").collect(Collectors.joining(",",
                    "array[", "]::uuid[]"));
            long rows = 0;
            Map<String, Long> byTable = new LinkedHashMap<>();
            c.setAutoCommit(false);
            for (Map.Entry<String, List<String[]>> table : tables.entrySet()) {
                List<String> indexes = secondaryIndexes(c, table.getKey());
                for (String index : indexes) {
                    st.execute("drop index " + index.split("\t")[0]);
                }
                long n = st.executeUpdate(copyStatement(table.getKey(), table.getValue(), planArray, from, to));
                byTable.put(table.getKey(), n);
                rows += n;
                for (String index : indexes) {
                    st.execute(index.split("\t")[1]);
                }
                c.commit();
            }
            c.setAutoCommit(true);
            for (String table : tables.keySet()) {
                st.execute("analyze " + table);
            }
            String largest = byTable.entrySet().stream().sorted(Map.Entry.<String, Long> comparingByValue().reversed())
                    .limit(4).map(e -> String.format("%s %,d", e.getKey(), e.getValue())).collect(Collectors.joining(", "));
            return new Copied(rows, tables.size(), (System.nanoTime() - t0) / 1e9, largest);
        }
    }

    /** The table's indexes that back no constraint, as "name TAB definition". */
    private static List<String> secondaryIndexes(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select i.indexname, i.indexdef from pg_indexes i
                where i.schemaname = 'public' and i.tablename = ?
                  and not exists (select 1 from pg_constraint k where k.conname = i.indexname)""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + "\t" + rs.getString(2));
                }
            }
        }
        return out;
    }

    /** Every table with a tenant column but those not copied: its columns with their types. */
    private static Map<String, List<String[]>> tenantTables(Statement st) throws SQLException {
        Map<String, List<String[]>> columns = new LinkedHashMap<>();
        String skipped = NOT_COPIED.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
        try (ResultSet rs = st.executeQuery(
                """
                        select c.table_name, c.column_name, c.data_type from information_schema.columns c
                        where c.table_schema = 'public' and c.table_name not in (%s) and exists (select 1 from information_schema.columns t
                            where t.table_schema = 'public' and t.table_name = c.table_name and t.column_name = 'tenant')
                        order by c.table_name, c.ordinal_position"""
                        .formatted(skipped))) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
                        .add(new String[] { rs.getString(2), rs.getString(3) });
            }
        }
        return columns;
    }

    private static String copyStatement(String table, List<String[]> columns, String plans, int from, int to) {
        String names = columns.stream().map(c -> c[0]).collect(Collectors.joining(", "));
        String values = columns.stream().map(c -> {
            if (c[0].equals("tenant")) {
                return "r.tenant";
            }
            if (c[1].equals("uuid")) {
                return "md5(r.tenant || t." + c[0] + "::text)::uuid";
            }
            return "t." + c[0];
        }).collect(Collectors.joining(", "));
        List<String> names0 = columns.stream().map(c -> c[0]).toList();
        String plan = table.equals("plan_summary") ? " and t.id = any(" + plans + ")"
                : names0.contains("plan_id") ? " and t.plan_id = any(" + plans + ")" : "";
        return "insert into " + table + " (" + names + ") select " + values + " from " + table
                + " t cross join (select 'region-b' || lpad(g::text, 3, '0') as tenant from generate_series(" + from + ", "
                + to + ") g) r where t.tenant = '" + SOURCE + "'" + plan;
    }

    /** The id a region-jh id has in another region's copy: what {@code md5(region || id)::uuid} gives. */
    static String idIn(String region, String id) {
        if (SOURCE.equals(region)) {
            return id;
        }
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest((region + id).getBytes(StandardCharsets.UTF_8)));
            return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5")).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
