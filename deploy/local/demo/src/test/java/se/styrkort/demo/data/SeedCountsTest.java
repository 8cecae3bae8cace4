package se.styrkort.demo.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.demo.data.PlanFile.list;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The data files hold what the seeds hold: the counts the seeds state or that a reader counts in them. */
class SeedCountsTest {

    @Test
    void theFolderHasBothRegionsAndTheBenchmarkOrganization() {
        assertEquals(List.of("region-jh", "region-nb", "riket"),
                DataFiles.all().stream().map(DataSet.Organization::folder).toList());
        assertEquals("region-jh", DataFiles.organization("region-jh").units().organization());
        assertEquals("region-nb", DataFiles.organization("region-nb").units().organization());
        assertEquals("riket", DataFiles.organization("riket").benchmarks().organization());
    }

    /** 000: "13 övergripande mål inom ramen för de fyra strategierna", and the committee's 35 goals. */
    @Test
    void committeePlan2023HasFourStrategiesThirteenOverallGoalsAndItsGoals() {
        PlanFile plan = DataFiles.plan("region-jh", "000_");
        assertEquals(4, plan.strategies().size());
        assertEquals(List.of(6, 2, 3, 2), plan.strategies().stream().map(s -> s.overallGoals().size()).toList());
        assertEquals(13, plan.overallGoals().count());
        assertEquals(35, plan.goals().count());
        assertEquals(12, plan.overallGoals().mapToInt(og -> list(og.assignments()).size()).sum());
        plan.goals().forEach(g -> {
            assertEquals(1, list(g.indicators()).size(), g.title());
            assertEquals(2023, g.indicators().get(0).targets().get(0).year(), g.title());
        });
        Map<String, Long> kinds = plan.goals().map(g -> g.indicators().get(0).targets().get(0).kind())
                .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        assertEquals(Map.of("AT_LEAST", 18L, "AT_MOST", 5L, "ACTIVITY", 6L, "UNDEFINED", 2L, "BENCHMARK", 1L,
                "DECREASE", 2L, "K_OF_N", 1L), kinds);
    }

    /** 000: the BUP goal "uppnås när … vårdgarantin nås i 2 av 3 parametrar: Maximalt 30 dagar vardera". */
    @Test
    void theBupGoalIsTwoOfThreeWaitingTimes() {
        PlanFile.Indicator bup = DataFiles.plan("region-jh", "000_").goals()
                .filter(g -> g.title().startsWith("Tillgängligheten till BUP")).findFirst().orElseThrow().indicators().get(0);
        assertEquals(2, bup.targets().get(0).k());
        assertEquals(3, bup.subIndicators().size());
        bup.subIndicators().forEach(s -> assertEquals(0, s.targets().get(0).value().compareTo(new java.math.BigDecimal("30"))));
    }

    /** 002: "Totalt redovisas 56 verksamhetsmål", "11 strategiska inriktningar", and the three activities. */
    @Test
    void interimReport2022HasFiftySixGoalsWithTheirOutcomesAndActivities() {
        PlanFile plan = DataFiles.plan("region-jh", "002_");
        assertEquals(4, plan.strategies().size());
        assertEquals(11, plan.overallGoals().count());
        assertEquals(List.of(6, 10, 7, 13, 3, 6, 2, 3, 4, 1, 1), plan.overallGoals().map(og -> og.goals().size()).toList());
        assertEquals(56, plan.goals().count());
        // 26 utfall are numbers, 20 are "Ja / Pågående / Nej"; one number stands against an activity
        // target and one "Ja" against no target, which the model cannot hold (see their notes).
        assertEquals(24, plan.goals().filter(g -> g.outcome() != null && g.outcome().total() != null).count());
        assertEquals(Map.of("IN_PROGRESS", 14L, "DONE", 4L, "NOT_STARTED", 1L), plan.goals()
                .filter(g -> g.outcome() != null && g.outcome().activityState() != null)
                .collect(Collectors.groupingBy(g -> g.outcome().activityState(), Collectors.counting())));
        assertEquals(40, plan.goals().filter(g -> g.comment() != null).count());
        assertEquals(3, plan.goals().mapToInt(g -> list(g.activities()).size()).sum());
        PlanFile.Report report = plan.report();
        assertEquals("2022-T2", report.period());
        assertEquals("ACCUMULATED", report.valueKind());
    }

    /**
     * An outcome lands on the goal's one indicator: an activity state when its target is an activity
     * ("Genomförd aktivitet"), a number otherwise, as outcomes-service takes them.
     */
    @Test
    void everyOutcomeFitsTheOneIndicatorItLandsOn() {
        DataFiles.plan("region-jh", "002_").goals().filter(g -> g.outcome() != null).forEach(g -> {
            assertEquals(1, list(g.indicators()).size(), g.title());
            boolean activityTarget = g.indicators().get(0).targets().stream().anyMatch(t -> t.kind().equals("ACTIVITY"));
            assertEquals(activityTarget, g.outcome().activityState() != null, g.title());
        });
    }

    /**
     * 002's economy: the four investment tables' 68 objects (3 + 34 + 30 + 1) and the 19 lines of
     * "Intäkter och kostnader", 3 of them sums, all of them loaded.
     */
    @Test
    void interimReport2022HasItsInvestmentsAndRevenueAndCostLines() {
        assertEquals(68, DataFiles.table("region-jh", "002-investeringar.csv").rows().size());
        DataSet.Table ledger = DataFiles.table("region-jh", "002-intakter-kostnader.csv");
        assertEquals(19, ledger.rows().size());
        assertEquals(3, ledger.rows().stream().filter(r -> !r.get("sumOf").isEmpty()).count());
        assertEquals(16, ledger.rows().stream().filter(r -> !r.get("outcomeTkr").isEmpty()).count());
    }

    /** 003: "26 resultatmål och 15 mätetal". */
    @Test
    void boardPlan2020HasTwentySixResultGoalsAndFifteenIndicators() {
        PlanFile plan = DataFiles.plan("region-jh", "003_");
        assertEquals(4, plan.strategies().size());
        assertEquals(26, plan.goals().count());
        assertEquals(15, plan.goals().mapToInt(g -> list(g.indicators()).size()).sum());
        assertEquals(14, plan.overallGoals().count());
    }

    /** 004: two strategic goals, eight success factors, twelve steering measures (one split in two), three control points. */
    @Test
    void norrbottenPlanHasItsSteeringMeasuresAndControlPoints() {
        PlanFile plan = DataFiles.plan("region-nb", "004_");
        assertEquals(2, plan.strategies().get(0).overallGoals().size());
        assertEquals(List.of(3, 5), plan.strategies().get(0).overallGoals().stream().map(og -> og.children().size()).toList());
        List<PlanFile.Indicator> measures = plan.goals().flatMap(g -> g.indicators().stream()).toList();
        assertEquals(13, measures.size());
        assertEquals(2, measures.stream().filter(m -> m.name().startsWith("Andel digitala vårdbesök")).count());
        assertEquals(3, plan.controlPoints().size());
        measures.forEach(m -> {
            assertEquals("INTERIM_REPORTS", m.followUpFrequency(), m.name());
            assertNotNull(m.source(), m.name());
        });
        assertTrue(measures.stream().allMatch(m -> m.targets().stream().allMatch(t -> t.year() == 2023 || t.year() == 2025)));
        // Two measures have '?' as ingångsvärde in the seed.
        assertEquals(11, measures.stream().filter(m -> !m.baselines().isEmpty()).count());
    }

    @Test
    void theBenchmarkOrganizationHasTheNationalValuesTheSeedsQuote() {
        BenchmarkFile riket = DataFiles.organization("riket").benchmarks();
        assertEquals(4, riket.series().size());
        assertTrue(riket.series().stream().anyMatch(s -> s.value().compareTo(new java.math.BigDecimal("250")) == 0
                && s.quote().contains("250 recept per 1000 invånare") && s.period().equals("2023")));
        assertEquals(2, riket.series().stream().filter(s -> !s.indicators().isEmpty()).count());
    }
}
