package se.styrkort.demo.data;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The demo data folder: one sub-folder per organization. Its JSON files say what they are in
 * {@code type} (org-units, plan, budget, benchmarks); {@code *investeringar.csv} are investments and
 * {@code *intakter-kostnader.csv} a revenue and cost table. Files are read in name order, which is
 * the seeds' order. Unknown fields in a file are an error, so a typo cannot silently drop data.
 */
public final class DataSet {

    public static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** CSV files: semicolon separated, a header row, lines starting with '#' are notes. */
    public static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
            .setSkipHeaderRecord(true).setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();

    private DataSet() {
    }

    /** What one organization's folder holds. */
    public record Organization(String folder, OrgUnitsFile units, List<PlanFile> plans, List<BudgetFile> budgets,
            List<Table> investments, List<Table> ledgers, BenchmarkFile benchmarks, List<Table> staff) {

        public String user(String role) {
            return units.users() + "-" + role;
        }
    }

    /** A CSV file's rows by column name, and the notes of its '#' lines. */
    public record Table(Path file, List<String> columns, List<Map<String, String>> rows, List<String> notes) {

        public static BigDecimal decimal(Map<String, String> row, String column) {
            String cell = row.get(column);
            return cell == null || cell.isBlank() ? null : new BigDecimal(cell.replace(" ", "").replace(',', '.'));
        }
    }

    public static List<Organization> read(Path folder) throws IOException {
        List<Organization> organizations = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(folder)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                organizations.add(readOrganization(dir));
            }
        }
        return organizations;
    }

    static Organization readOrganization(Path dir) throws IOException {
        OrgUnitsFile units = null;
        BenchmarkFile benchmarks = null;
        List<PlanFile> plans = new ArrayList<>();
        List<BudgetFile> budgets = new ArrayList<>();
        List<Table> investments = new ArrayList<>();
        List<Table> ledgers = new ArrayList<>();
        List<Table> staff = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".json")) {
                JsonNode tree = JSON.readTree(file.toFile());
                String type = tree.path("type").asText("");
                switch (type) {
                    case "org-units" -> units = JSON.treeToValue(tree, OrgUnitsFile.class);
                    case "plan" -> plans.add(JSON.treeToValue(tree, PlanFile.class));
                    case "budget" -> budgets.add(JSON.treeToValue(tree, BudgetFile.class));
                    case "benchmarks" -> benchmarks = JSON.treeToValue(tree, BenchmarkFile.class);
                    default -> throw new IOException(file + ": unknown type '" + type + "'");
                }
            } else if (name.endsWith("investeringar.csv")) {
                investments.add(table(file));
            } else if (name.endsWith("intakter-kostnader.csv")) {
                ledgers.add(table(file));
            } else if (name.endsWith("personal.csv")) {
                staff.add(table(file));
            } else if (!name.endsWith(".md")) {
                throw new IOException(file + ": not a demo data file");
            }
        }
        if (units == null && benchmarks == null) {
            throw new IOException(dir + ": neither org-units.json nor a benchmarks file");
        }
        return new Organization(dir.getFileName().toString(), units, plans, budgets, investments, ledgers, benchmarks,
                staff);
    }

    public static Table table(Path file) throws IOException {
        List<String> notes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                notes.add(line.substring(1).trim());
            }
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSV.parse(in)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (!r.isConsistent()) {
                    throw new IOException(file + " line " + parser.getCurrentLineNumber() + ": "
                            + r.size() + " cells, header has " + parser.getHeaderNames().size());
                }
                rows.add(r.toMap());
            }
            return new Table(file, parser.getHeaderNames(), rows, notes);
        }
    }
}
