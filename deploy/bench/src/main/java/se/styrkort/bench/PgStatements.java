package se.styrkort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What PostgreSQL spent its time on while a benchmark ran: pg_stat_statements of the run's private cluster
 * (loaded at its start, see {@link Stack}), reset when the figure starts, read when it ends. The statements
 * by their total execution time, with calls and rows, go to a file in the run's folder; the largest into the
 * report. The CPU split says how much of the machine PostgreSQL took; this says for which statements.
 */
final class PgStatements {

    private final Stack stack;
    private final Path file;

    private PgStatements(Stack stack, Path file) {
        this.stack = stack;
        this.file = file;
    }

    /** Resets the statistics, or returns null where the cluster does not keep them (the figure goes on). */
    static PgStatements start(Stack stack, String name) {
        if (!stack.statementStatistics()) {
            return null;
        }
        try (Connection c = stack.connect("styrkort_bench"); Statement st = c.createStatement()) {
            st.execute("create extension if not exists pg_stat_statements");
            st.execute("select pg_stat_statements_reset()");
            return new PgStatements(stack, stack.dataDir().resolve(name + "-pg-statements.txt"));
        } catch (SQLException e) {
            System.err.println("[bench] pg_stat_statements not available: " + e.getMessage());
            return null;
        }
    }

    /** The top statements as one line for the report; every statement's line in the file. */
    String stop(int top) {
        record Row(String database, long calls, double ms, long rows, String query) {
        }
        List<Row> rows = new ArrayList<>();
        try (Connection c = stack.connect("styrkort_bench");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select d.datname, s.calls, s.total_exec_time, s.rows, s.query"
                        + " from pg_stat_statements s join pg_database d on d.oid = s.dbid"
                        + " where d.datname <> 'styrkort_bench' order by s.total_exec_time desc")) {
            while (rs.next()) {
                rows.add(new Row(rs.getString(1).replace("styrkort_", ""), rs.getLong(2), rs.getDouble(3), rs.getLong(4),
                        rs.getString(5).replaceAll("\\s+", " ")));
            }
        } catch (SQLException e) {
            return "pg_stat_statements not read: " + e.getMessage();
        }
        double total = rows.stream().mapToDouble(Row::ms).sum();
        StringBuilder all = new StringBuilder(String.format(Locale.ROOT,
                "PostgreSQL statements by total execution time: %.0f ms in all%n", total));
        List<String> largest = new ArrayList<>();
        for (Row r : rows) {
            String line = String.format(Locale.ROOT, "%s: %.0f ms (%.0f %%), %,d calls, %,d rows: %s", r.database(), r.ms(),
                    100 * r.ms() / Math.max(total, 1e-9), r.calls(), r.rows(), r.query());
            all.append(line).append(System.lineSeparator());
            if (largest.size() < top) {
                largest.add(line.length() > 240 ? line.substring(0, 240) + "…" : line);
            }
        }
        try {
            Files.writeString(file, all);
        } catch (IOException e) {
            System.err.println("[bench] " + file + " not written: " + e.getMessage());
        }
        return String.format(Locale.ROOT, "PostgreSQL's statements, %.0f ms of execution in all (%s): ", total,
                file.getFileName()) + String.join("; ", largest);
    }
}
