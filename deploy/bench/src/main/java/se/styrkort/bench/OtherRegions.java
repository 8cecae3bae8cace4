package se.styrkort.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
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
 * The 20 other regions of the 21-region roll-up reads, each the size of the measured one. Sending
 * 20 more regions through the pipeline would take hours at the rates measured (907 200 goal statuses
 * and the outcomes behind them), so reporting-service's read model of region-jh, as its consumers
 * built it, is copied with SQL into each other region's tenant: every row of every table that has a
 * tenant, but the outbox (the service's own events, not the read model); its uuid columns renamed
 * alike in all tables, {@code md5(tenant || id)::uuid}, so that the copies refer to each other as the
 * original rows do. Ids inside JSON columns keep region-jh's values;
 * the roll-ups do not read them.
 */
final class OtherRegions {

    private static final String SOURCE = "region-jh";

    private OtherRegions() {
    }

    /** What the copy wrote. */
    record Copied(long rows, int tables, double seconds) {
    }

    /** Copies region-jh's read model into each of {@link Stack#OTHER_REGIONS}. */
    static Copied copy(Stack stack) throws SQLException {
        long t0 = System.nanoTime();
        try (Connection c = stack.connect("styrkort_reporting"); Statement st = c.createStatement()) {
            Map<String, List<String[]>> tables = tenantTables(st);
            long rows = 0;
            c.setAutoCommit(false);
            for (String region : Stack.OTHER_REGIONS) {
                for (Map.Entry<String, List<String[]>> table : tables.entrySet()) {
                    rows += st.executeUpdate(copyStatement(table.getKey(), table.getValue(), region));
                }
                c.commit();
            }
            c.setAutoCommit(true);
            for (String table : tables.keySet()) {
                st.execute("analyze " + table);
            }
            return new Copied(rows, tables.size(), (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Every table with a tenant column: its columns with their types. */
    private static Map<String, List<String[]>> tenantTables(Statement st) throws SQLException {
        Map<String, List<String[]>> columns = new LinkedHashMap<>();
        try (ResultSet rs = st.executeQuery(
                """
                        select c.table_name, c.column_name, c.data_type from information_schema.columns c
                        where c.table_schema = 'public' and c.table_name not in ('outbox_event', 'outbox_sent') and exists (select 1 from information_schema.columns t
                            where t.table_schema = 'public' and t.table_name = c.table_name and t.column_name = 'tenant')
                        order by c.table_name, c.ordinal_position""")) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
                        .add(new String[] { rs.getString(2), rs.getString(3) });
            }
        }
        return columns;
    }

    private static String copyStatement(String table, List<String[]> columns, String region) {
        String names = columns.stream().map(c -> c[0]).collect(Collectors.joining(", "));
        String values = columns.stream().map(c -> {
            if (c[0].equals("tenant")) {
                return "'" + region + "'";
            }
            if (c[1].equals("uuid")) {
                return "md5('" + region + "' || " + c[0] + "::text)::uuid";
            }
            return c[0];
        }).collect(Collectors.joining(", "));
        return "insert into " + table + " (" + names + ") select " + values + " from " + table + " where tenant = '"
                + SOURCE + "'";
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
