package se.styrkort.demo.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/** The budget and investment files add up to the sums the seeds print. */
class BudgetDataTest {

    /** 000: "Tjänstemannabudget 2022 är därför förändrad från -2895,2 mkr till -2972,2 mkr", total -2975,3. */
    @Test
    void committeeFrame2022WithItsAdjustmentsIsTheSeedsCurrentFrame() {
        BudgetFile b = DataFiles.budget("region-jh", "000_");
        BudgetFile.Frame f2022 = b.frames().stream().filter(f -> f.year() == 2022).findFirst().orElseThrow();
        BigDecimal officials = f2022.lines().stream().map(BudgetFile.Line::officials).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal elected = f2022.lines().stream().map(BudgetFile.Line::electedMembers).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal adjustments = b.adjustments().stream().filter(a -> a.year() == 2022).map(BudgetFile.Adjustment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("-2972.2").compareTo(officials.add(adjustments)));
        assertEquals(0, new BigDecimal("-2975.3").compareTo(officials.add(adjustments).add(elected)));
        BudgetFile.Frame f2023 = b.frames().stream().filter(f -> f.year() == 2023).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("-2898.25")
                .compareTo(f2023.lines().get(0).officials().add(f2023.lines().get(0).electedMembers())));
    }

    /** 003: "Totalt Regionstyrelsen 1 170,7 1 459,9 1 504,4 1 550,2" is the sum of the three areas. */
    @Test
    void boardAreaFramesAddUpToTheBoardsTotalPerYear() {
        BudgetFile b = DataFiles.budget("region-jh", "003_");
        Map<Integer, String> totals = Map.of(2019, "-1170.7", 2020, "-1459.9", 2021, "-1504.4", 2022, "-1550.2");
        totals.forEach((year, total) -> assertEquals(0, new BigDecimal(total).compareTo(b.frames().stream()
                .filter(f -> f.year() == year).flatMap(f -> f.lines().stream()).map(BudgetFile.Line::officials)
                .reduce(BigDecimal.ZERO, BigDecimal::add)), "year " + year));
        assertEquals(List.of("BUDGET", "BUDGET", "PLAN", "PLAN"),
                b.frames().stream().filter(f -> f.unit().equals("RS-VARDVAL")).map(BudgetFile.Frame::kind).toList());
    }

    /** 001: "21,5 mkr personalsatsning 1 varav: 17 … 3,3 … 1,2". */
    @Test
    void committeeAdditionsAreKeptAsBackground() {
        BudgetFile b = DataFiles.budget("region-jh", "001_");
        assertEquals(5, b.background().size());
        assertEquals(0, new BigDecimal("-56.9").compareTo(b.background().stream().map(BudgetFile.Background::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
        assertEquals(0, b.adjustments().size());
    }

    /** 000: "Summa 85601" for RE and "SUMMA 10886" for NY. */
    @Test
    void committeeInvestmentsAddUpToTheSeedsSums() {
        DataSet.Table t = DataFiles.table("region-jh", "000-investeringar.csv");
        assertEquals(83, count(t, r -> r.get("investmentType").equals("REINVESTMENT")));
        assertEquals(44, count(t, r -> r.get("investmentType").equals("NEW")));
        assertEquals(new BigDecimal("85601"), sum(t, "amountTkr", r -> r.get("investmentType").equals("REINVESTMENT")));
        assertEquals(new BigDecimal("10886"), sum(t, "amountTkr", r -> r.get("investmentType").equals("NEW")));
        // "AnOpIVA-helikopter Corpulse hjärtkomprimerare RE" and "Neurologimottagningen Fler expeditioner NY" have no amount.
        assertEquals(2, count(t, r -> r.get("amountTkr").isEmpty()));
    }

    /** 002: the four investment tables' sums of outcome Jan–Aug and budget 2022. */
    @Test
    void boardInvestmentsAddUpToTheReportsSums() {
        DataSet.Table t = DataFiles.table("region-jh", "002-investeringar.csv");
        assertEquals(new BigDecimal("4771"), sum(t, "amountTkr", r -> r.get("category").equals("EMERGENCY")));
        assertEquals(new BigDecimal("16418"), sum(t, "outcomeToDateTkr", r -> r.get("category").equals("GRANTED")));
        assertEquals(new BigDecimal("76183"), sum(t, "amountTkr", r -> r.get("category").equals("GRANTED")));
        assertEquals(new BigDecimal("12875"), sum(t, "outcomeToDateTkr",
                r -> r.get("category").equals("GRANTED") && r.get("area").equals("Regionstab")));
        assertEquals(new BigDecimal("6319"), sum(t, "outcomeToDateTkr", r -> r.get("category").equals("CARRIED_OVER")));
        assertEquals(new BigDecimal("51258"), sum(t, "amountTkr", r -> r.get("category").equals("CARRIED_OVER")));
        assertEquals(new BigDecimal("2158"), sum(t, "outcomeToDateTkr", r -> r.get("category").equals("OUTSIDE_FRAME")));
        t.rows().forEach(r -> assertEquals("2022-T2", r.get("period")));
    }

    /**
     * 002: all 68 objects of the four tables load: each has a category and an amount ("Dell
     * infrastruktur Åre" has budget 0), none a type, which the seed does not give.
     */
    @Test
    void everyBoardInvestmentIsLoadable() {
        DataSet.Table t = DataFiles.table("region-jh", "002-investeringar.csv");
        assertEquals(68, t.rows().size());
        assertEquals(Map.of("EMERGENCY", 3L, "GRANTED", 34L, "CARRIED_OVER", 30L, "OUTSIDE_FRAME", 1L), t.rows().stream()
                .collect(java.util.stream.Collectors.groupingBy(r -> r.get("category"),
                        java.util.stream.Collectors.counting())));
        t.rows().forEach(r -> {
            assertTrue(DataSet.Table.decimal(r, "amountTkr") != null, r.get("object"));
            assertEquals("", r.get("investmentType"), r.get("object"));
        });
        assertEquals(List.of("Dell infrastruktur Åre"), t.rows().stream()
                .filter(r -> DataSet.Table.decimal(r, "amountTkr").signum() == 0).map(r -> r.get("object")).toList());
    }

    /**
     * 002's revenue and cost table as the loader records it: the lines that are not sums carry the
     * amounts it records, each within the seed's rounding; a sum names lines of the table; and what
     * the report computes from the recorded amounts (sums, both differences) rounds to every printed
     * cell of the 19 lines.
     */
    @Test
    void recordedRevenuesAndCostsGiveEveryPrintedCell() {
        DataSet.Table t = DataFiles.table("region-jh", "002-intakter-kostnader.csv");
        assertEquals(19, t.rows().size());
        Map<String, Map<String, String>> byName = new java.util.LinkedHashMap<>();
        t.rows().forEach(r -> byName.put(r.get("row"), r));
        assertEquals(List.of("Summa Intäkter", "Summa Bruttokostnader", "Summa Verksamhetens nettokostnader"),
                t.rows().stream().filter(r -> !r.get("sumOf").isEmpty()).map(r -> r.get("row")).toList());
        for (Map<String, String> r : t.rows()) {
            BigDecimal[] recorded = recorded(r, byName);
            String[] printed = { "accumulatedOutcomeTkr", "accumulatedBudgetTkr", "budgetMinusOutcomeTkr",
                    "accumulatedOutcomePreviousYearTkr", "outcomeMinusPreviousYearTkr" };
            BigDecimal[] computed = { recorded[0], recorded[1], recorded[0].subtract(recorded[1]), recorded[2],
                    recorded[0].subtract(recorded[2]) };
            for (int i = 0; i < 5; i++) {
                assertEquals(DataSet.Table.decimal(r, printed[i]), computed[i].setScale(0, java.math.RoundingMode.HALF_UP),
                        r.get("row") + " " + printed[i]);
            }
        }
    }

    private static BigDecimal[] recorded(Map<String, String> r, Map<String, Map<String, String>> byName) {
        if (r.get("sumOf").isEmpty()) {
            return new BigDecimal[] { DataSet.Table.decimal(r, "outcomeTkr"), DataSet.Table.decimal(r, "budgetTkr"),
                    DataSet.Table.decimal(r, "previousYearTkr") };
        }
        BigDecimal[] sum = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
        for (String part : r.get("sumOf").split("\\|")) {
            Map<String, String> row = byName.get(part);
            assertTrue(row != null, r.get("row") + " adds " + part + ", a line of the table");
            BigDecimal[] add = recorded(row, byName);
            for (int i = 0; i < 3; i++) {
                sum[i] = sum[i].add(add[i]);
            }
        }
        return sum;
    }

    /**
     * 002: the revenue rows add up to "Summa Intäkter", the cost rows to "Summa Bruttokostnader", both to
     * the net, within the 1 tkr the seed's own rounding leaves (its cost rows add up to -1 425 506, it
     * prints -1 425 507).
     */
    @Test
    void revenueAndCostTableAddsUp() {
        DataSet.Table t = DataFiles.table("region-jh", "002-intakter-kostnader.csv");
        List<String> revenues = List.of("Patientavgifter", "Försäljning", "Erhållna bidrag", "Övriga intäkter");
        for (String column : List.of("accumulatedOutcomeTkr", "accumulatedBudgetTkr", "accumulatedOutcomePreviousYearTkr")) {
            BigDecimal revenue = sum(t, column, r -> revenues.contains(r.get("row")));
            BigDecimal costs = sum(t, column, r -> !revenues.contains(r.get("row")) && !r.get("row").startsWith("Summa"));
            assertEquals(row(t, "Summa Intäkter", column), revenue, column);
            assertWithinRounding(row(t, "Summa Bruttokostnader", column), costs, column);
            assertWithinRounding(row(t, "Summa Verksamhetens nettokostnader", column), revenue.add(costs), column);
        }
    }

    private static void assertWithinRounding(BigDecimal printed, BigDecimal added, String column) {
        assertTrue(printed.subtract(added).abs().compareTo(BigDecimal.ONE) <= 0,
                column + ": the seed prints " + printed + ", its rows add up to " + added);
    }

    private static long count(DataSet.Table t, Predicate<Map<String, String>> which) {
        return t.rows().stream().filter(which).count();
    }

    private static BigDecimal sum(DataSet.Table t, String column, Predicate<Map<String, String>> which) {
        return t.rows().stream().filter(which).map(r -> DataSet.Table.decimal(r, column)).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal row(DataSet.Table t, String name, String column) {
        return t.rows().stream().filter(r -> r.get("row").equals(name)).map(r -> DataSet.Table.decimal(r, column))
                .findFirst().orElseThrow();
    }
}
