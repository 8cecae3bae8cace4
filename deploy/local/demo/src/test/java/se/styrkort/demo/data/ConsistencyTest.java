package se.styrkort.demo.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.demo.data.PlanFile.list;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The data files are loadable as written: every key names an org unit of the same organization,
 * every enum value is one the APIs take, every target has what its kind needs and nothing else,
 * and names are unique where the loader finds records by name (which is what makes a reload safe).
 */
class ConsistencyTest {

    static final Pattern PERIOD = Pattern.compile("(19|20|21)\\d{2}(-T[1-3]|-(0[1-9]|1[0-2])|-VT|-HT)?");
    static final Pattern DECISION = Pattern.compile("[A-ZÅÄÖ]{1,10}/[0-9]{1,6}/(19|20|21)[0-9]{2}");
    static final Set<String> UNIT_KINDS = Set.of("COUNCIL", "BOARD", "COMMITTEE", "ADMINISTRATION", "DIVISION", "AREA", "UNIT");
    static final Set<String> FREQUENCIES = Set.of("MONTHLY", "TERTIAL", "TERM", "INTERIM_REPORTS", "YEARLY");
    static final Set<String> DIRECTIONS = Set.of("HIGHER_IS_BETTER", "LOWER_IS_BETTER");
    static final Set<String> ACTIVITY_STATES = Set.of("NOT_STARTED", "IN_PROGRESS", "DONE", "CANCELLED");
    static final Map<String, Set<String>> TARGET_NEEDS = Map.of("AT_LEAST", Set.of("value"), "AT_MOST", Set.of("value"),
            "RANGE", Set.of("lo", "hi"), "INCREASE", Set.of("reference"), "DECREASE", Set.of("reference"),
            "BENCHMARK", Set.of("benchmarkOrganization"), "ACTIVITY", Set.of(), "K_OF_N", Set.of("k"), "UNDEFINED", Set.of());

    @Test
    void orgUnitsComeParentFirstWithKnownKindsAndUniqueKeys() {
        for (DataSet.Organization org : organizationsWithUnits()) {
            Set<String> keys = new HashSet<>();
            for (OrgUnitsFile.Unit u : org.units().units()) {
                assertTrue(UNIT_KINDS.contains(u.kind()), u.key() + ": kind " + u.kind());
                assertTrue(u.parent() == null || keys.contains(u.parent()),
                        u.key() + ": parent " + u.parent() + " must come first");
                assertTrue(keys.add(u.key()), "duplicate key " + u.key());
                assertTrue(u.code() == null || u.code().matches("[\\p{Lu}\\p{N}_-]{1,16}"), u.key() + ": code " + u.code());
            }
            assertEquals(org.folder(), org.units().organization());
        }
    }

    @Test
    void everyReferencedUnitExistsInItsOrganization() {
        for (DataSet.Organization org : organizationsWithUnits()) {
            Set<String> keys = new HashSet<>(org.units().units().stream().map(OrgUnitsFile.Unit::key).toList());
            for (PlanFile plan : org.plans()) {
                assertTrue(keys.contains(plan.plan().owner()), plan.plan().name());
                if (plan.report() != null) {
                    assertTrue(keys.contains(plan.report().orgUnit()), plan.report().name());
                }
                plan.overallGoals().flatMap(og -> list(og.assignments()).stream()).flatMap(a -> a.assignedTo().stream())
                        .forEach(k -> assertTrue(keys.contains(k), "assignment unit " + k));
                plan.goals().forEach(g -> {
                    assertTrue(g.owner() == null || keys.contains(g.owner()), g.title());
                    list(g.coOwners()).forEach(k -> assertTrue(keys.contains(k), g.title() + ": co-owner " + k));
                });
            }
            for (BudgetFile b : org.budgets()) {
                list(b.frames()).forEach(f -> assertTrue(keys.contains(f.unit()), b.seed() + ": frame unit " + f.unit()));
                list(b.adjustments())
                        .forEach(a -> assertTrue(keys.contains(a.unit()), b.seed() + ": adjustment unit " + a.unit()));
            }
            for (DataSet.Table t : org.investments()) {
                t.rows().forEach(r -> assertTrue(keys.contains(r.get("unit")), t.file() + ": unit " + r.get("unit")));
            }
            for (DataSet.Table t : org.staff()) {
                t.rows().forEach(r -> assertTrue(keys.contains(r.get("unit")), t.file() + ": unit " + r.get("unit")));
            }
            for (PlanFile plan : org.plans()) {
                list(plan.followUpItems()).forEach(f -> assertTrue(keys.contains(f.body()), f.topic() + ": body " + f.body()));
                if (plan.adoption() != null && plan.adoption().body() != null) {
                    assertTrue(keys.contains(plan.adoption().body()),
                            plan.plan().name() + ": adopted by " + plan.adoption().body());
                }
            }
        }
    }

    /**
     * What goals-service takes: a kind, a date except for a follow-up area, an end not before the start, in the plan's years.
     */
    @Test
    void followUpAndMeetingPlanLinesAreOnesTheApiAccepts() {
        for (PlanFile plan : plans()) {
            for (PlanFile.FollowUpItem f : list(plan.followUpItems())) {
                String what = plan.plan().name() + ": " + f.topic();
                assertTrue(Set.of("MEETING", "FOLLOW_UP", "PREPARATION").contains(f.kind()), what);
                assertTrue(f.date() != null || f.kind().equals("FOLLOW_UP"), what);
                assertTrue(f.endDate() == null || (f.date() != null && !f.endDate().isBefore(f.date())), what);
                assertTrue(f.date() == null || (f.date().getYear() >= plan.plan().fromYear()
                        && f.date().getYear() <= plan.plan().toYear()), what);
                assertTrue(!f.topic().isBlank() && f.topic().length() <= 1000, what);
                assertTrue(f.section() == null || f.section().length() <= 200, what);
                assertTrue(f.responsibleRole() == null || f.responsibleRole().length() <= 200, what);
            }
            if (plan.adoption() != null) {
                assertNotNull(plan.adoption().date(), plan.plan().name() + ": an adoption needs its date");
            }
        }
    }

    /** What budget-service takes: a day, a category, counts of at least 0, women and men adding up to the total. */
    @Test
    void staffFiguresAreOnesTheApiAccepts() {
        for (DataSet.Organization org : organizationsWithUnits()) {
            for (DataSet.Table t : org.staff()) {
                assertEquals(List.of("unit", "asOf", "category", "total", "women", "men"), t.columns(), t.file().toString());
                Set<String> seen = new HashSet<>();
                for (Map<String, String> r : t.rows()) {
                    java.time.LocalDate.parse(r.get("asOf"));
                    assertFalse(r.get("category").isBlank());
                    assertTrue(seen.add(r.get("unit") + r.get("asOf") + r.get("category")), "one per unit, day and category");
                    int total = Integer.parseInt(r.get("total"));
                    assertTrue(total >= 0);
                    if (!r.get("women").isEmpty() && !r.get("men").isEmpty()) {
                        assertEquals(total, Integer.parseInt(r.get("women")) + Integer.parseInt(r.get("men")), r.toString());
                    }
                }
            }
        }
    }

    @Test
    void everyTargetHasWhatItsKindNeedsInsideItsPlansYears() {
        for (PlanFile plan : plans()) {
            plan.goals().forEach(g -> {
                assertTrue(g.followUpFrequency() == null || FREQUENCIES.contains(g.followUpFrequency()), g.title());
                list(g.indicators()).forEach(i -> checkIndicator(plan, g.title(), i));
                list(g.activities()).forEach(a -> {
                    assertTrue(a.state() == null || ACTIVITY_STATES.contains(a.state()), a.title());
                    assertTrue(a.startDate() == null || a.endDate() == null || !a.endDate().isBefore(a.startDate()), a.title());
                });
                if (g.outcome() != null) {
                    assertNotNull(g.outcome().wording(), g.title());
                    assertTrue(g.outcome().activityState() == null ? g.outcome().total() != null
                            : ACTIVITY_STATES.contains(g.outcome().activityState()), g.title());
                }
            });
        }
    }

    private void checkIndicator(PlanFile plan, String goal, PlanFile.Indicator i) {
        String at = goal + " / " + (i.name() == null ? "(the goal's measure)" : i.name());
        assertTrue(DIRECTIONS.contains(i.direction()), at);
        assertTrue(i.followUpFrequency() == null || FREQUENCIES.contains(i.followUpFrequency()), at);
        Set<Integer> years = new HashSet<>();
        for (PlanFile.Target t : list(i.targets())) {
            assertTrue(t.year() >= plan.plan().fromYear() && t.year() <= plan.plan().toYear(), at + ": year " + t.year());
            assertTrue(years.add(t.year()), at + ": two targets for " + t.year());
            Set<String> needs = TARGET_NEEDS.get(t.kind());
            assertNotNull(needs, at + ": kind " + t.kind());
            Set<String> present = new HashSet<>();
            if (t.value() != null) {
                present.add("value");
            }
            if (t.lo() != null) {
                present.add("lo");
            }
            if (t.hi() != null) {
                present.add("hi");
            }
            if (t.referencePeriod() != null || t.referenceValue() != null) {
                present.add("reference");
            }
            if (t.benchmarkOrganization() != null) {
                present.add("benchmarkOrganization");
            }
            if (t.k() != null) {
                present.add("k");
            }
            assertEquals(needs, present, at + ": " + t.kind() + " target");
            assertTrue(t.referencePeriod() == null || PERIOD.matcher(t.referencePeriod()).matches(), at);
            assertTrue(!t.kind().equals("INCREASE") || i.direction().equals("HIGHER_IS_BETTER"), at);
            assertTrue(!t.kind().equals("DECREASE") || i.direction().equals("LOWER_IS_BETTER"), at);
            if (t.kind().equals("K_OF_N")) {
                assertTrue(t.k() >= 1 && t.k() <= list(i.subIndicators()).size(), at + ": k");
            }
            assertNotNull(t.wording(), at + ": the plan's own words");
        }
        for (PlanFile.Baseline b : list(i.baselines())) {
            assertTrue(PERIOD.matcher(b.period()).matches(), at + ": baseline " + b.period());
            assertTrue(b.value() != null || b.women() != null || b.men() != null, at + ": baseline " + b.period());
        }
        list(i.subIndicators()).forEach(s -> checkIndicator(plan, goal, s));
    }

    /** The loader finds a record by its name under its parent, so two siblings must not share one. */
    @Test
    void namesAreUniqueWhereTheLoaderLooksThemUp() {
        for (DataSet.Organization org : organizationsWithUnits()) {
            assertUnique(org.plans().stream().map(p -> p.plan().name()).toList(), org.folder() + " plans");
            for (PlanFile plan : org.plans()) {
                assertUnique(plan.strategies().stream().map(PlanFile.Strategy::name).toList(), plan.seed());
                plan.strategies().forEach(
                        s -> assertUnique(s.overallGoals().stream().map(PlanFile.OverallGoal::title).toList(), s.name()));
                plan.overallGoals().forEach(og -> {
                    assertUnique(list(og.goals()).stream().map(PlanFile.Goal::title).toList(), og.title());
                    assertUnique(list(og.children()).stream().map(PlanFile.OverallGoal::title).toList(), og.title());
                    assertUnique(list(og.assignments()).stream().map(PlanFile.Assignment::title).toList(), og.title());
                });
                plan.goals().forEach(g -> {
                    List<String> names = new ArrayList<>();
                    list(g.indicators()).forEach(i -> {
                        names.add(i.name() == null ? g.title() : i.name());
                        list(i.subIndicators()).forEach(s -> names.add(s.name()));
                    });
                    assertUnique(names, g.title());
                    assertUnique(list(g.activities()).stream().map(PlanFile.Activity::title).toList(), g.title());
                });
                assertUnique(list(plan.controlPoints()).stream().map(PlanFile.ControlPoint::controlPoint).toList(),
                        plan.seed());
            }
        }
    }

    @Test
    void budgetFilesUseTheApisWords() {
        Set<String> categories = Set.of("EXTERNAL_REVENUE", "INTERNAL_REVENUE", "PERSONNEL", "DRUGS",
                "OTHER_EXTERNAL_COSTS", "DEPRECIATION", "INTERNAL_COSTS");
        for (DataSet.Organization org : organizationsWithUnits()) {
            for (BudgetFile b : org.budgets()) {
                list(b.frames()).forEach(f -> {
                    assertTrue(Set.of("BUDGET", "PLAN").contains(f.kind()), b.seed());
                    f.lines().forEach(l -> assertTrue(categories.contains(l.category()), b.seed()));
                });
                list(b.adjustments()).forEach(a -> {
                    assertTrue(Set.of("ONE_OFF", "PERMANENT").contains(a.kind()), a.reason());
                    assertTrue(a.decisionRef() == null || DECISION.matcher(a.decisionRef()).matches(), a.reason());
                    assertTrue(list(b.frames()).stream().anyMatch(f -> f.unit().equals(a.unit()) && f.year() == a.year()
                            && f.kind().equals(a.frameKind())), "the frame of " + a.reason());
                });
                list(b.background())
                        .forEach(bg -> assertTrue(bg.decisionRef() == null || DECISION.matcher(bg.decisionRef()).matches()));
            }
            for (DataSet.Table t : org.ledgers()) {
                // As budget-service takes an account structure and its figures.
                t.rows().forEach(r -> {
                    assertTrue(PERIOD.matcher(r.get("period")).matches(), r.get("row"));
                    assertTrue(!r.get("row").isBlank() && r.get("row").length() <= 200, r.get("row"));
                    assertTrue(org.units().units().stream().anyMatch(u -> u.key().equals(r.get("unit"))), r.get("row"));
                });
            }
            for (DataSet.Table t : org.investments()) {
                t.rows().forEach(r -> {
                    assertTrue(Set.of("", "NEW", "REINVESTMENT").contains(r.get("investmentType")), r.get("object"));
                    assertTrue(Set.of("", "GRANTED", "CARRIED_OVER", "EMERGENCY", "OUTSIDE_FRAME").contains(r.get("category")),
                            r.get("object"));
                    assertTrue(r.get("period").isEmpty() || PERIOD.matcher(r.get("period")).matches(), r.get("object"));
                    assertTrue(r.get("decisionRef").isEmpty() || DECISION.matcher(r.get("decisionRef")).matches(),
                            r.get("object"));
                    assertFalse(r.get("object").isBlank());
                    assertTrue(r.get("object").length() <= 500 && r.get("area").length() <= 200
                            && r.get("plannedTime").length() <= 100 && r.get("comment").length() <= 2000, r.get("object"));
                    assertFalse(r.get("years").isEmpty(), r.get("object"));
                    assertTrue(Set.of("", "ja", "nej").contains(r.get("procurementContacted").toLowerCase()), r.get("object"));
                    assertTrue(Set.of("", "ja", "nej").contains(r.get("completed").toLowerCase()), r.get("object"));
                });
            }
        }
    }

    /** Each national value names indicators that the regions' data files have. */
    @Test
    void benchmarkValuesNameIndicatorsOfThePlans() {
        for (BenchmarkFile.Series s : DataFiles.organization("riket").benchmarks().series()) {
            assertTrue(PERIOD.matcher(s.period()).matches(), s.code());
            for (BenchmarkFile.IndicatorRef ref : s.indicators()) {
                PlanFile plan = DataFiles.organization(ref.organization()).plans().stream()
                        .filter(p -> p.plan().name().equals(ref.plan())).findFirst()
                        .orElseThrow(() -> new AssertionError(ref.plan()));
                PlanFile.Goal goal = plan.goals().filter(g -> g.title().equals(ref.goal())).findFirst()
                        .orElseThrow(() -> new AssertionError(ref.goal()));
                assertTrue(goal.indicators().stream().anyMatch(i -> java.util.Objects.equals(i.name(), ref.indicator())),
                        ref.toString());
                int year = Integer.parseInt(s.period().substring(0, 4));
                assertTrue(year >= plan.plan().fromYear() && year <= plan.plan().toYear(), s.code() + " " + s.period());
            }
        }
    }

    private static void assertUnique(List<String> names, String where) {
        assertEquals(names.size(), new HashSet<>(names).size(), "names repeat under " + where + ": " + names);
    }

    private static List<DataSet.Organization> organizationsWithUnits() {
        return DataFiles.all().stream().filter(o -> o.units() != null).toList();
    }

    private static List<PlanFile> plans() {
        return organizationsWithUnits().stream().flatMap(o -> o.plans().stream()).toList();
    }
}
