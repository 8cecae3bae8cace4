package se.styrkort.demo.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One plan of a seed: its strategies, overall goals (any depth), assignments, goals with their
 * indicators, targets, baselines and activities, and its control points. A plan that a report
 * follows up also carries the report's outcomes and comments per goal ({@code report}).
 */
public record PlanFile(String type, String seed, List<String> notes, Plan plan, Report report,
        List<Strategy> strategies, List<ControlPoint> controlPoints, Adoption adoption, List<FollowUpItem> followUpItems) {

    /** {@code owner} is an org unit key. */
    public record Plan(String name, int fromYear, int toYear, String owner) {
    }

    /**
     * The follow-up the outcomes belong to: the period, whether values are accumulated, the org unit
     * they are measured for, and the source system named on every imported row.
     */
    public record Report(String name, String period, String valueKind, String orgUnit, String sourceSystem) {
    }

    public record Strategy(String name, String description, List<OverallGoal> overallGoals) {
    }

    public record OverallGoal(String title, String description, List<Assignment> assignments, List<Goal> goals,
            List<OverallGoal> children) {
    }

    /** {@code assignedTo}: org unit keys. */
    public record Assignment(String title, String description, List<String> assignedTo) {
    }

    /**
     * A goal; {@code owner} defaults to the plan's owner. {@code outcome} and {@code comment} are the
     * report's utfall and kommentar for it.
     */
    public record Goal(String title, String description, String owner, List<String> coOwners,
            String followUpFrequency, String followUpLevel, Boolean genderSplit, List<Indicator> indicators,
            List<Activity> activities, Outcome outcome, String comment, String note) {
    }

    /**
     * An indicator (mätetal, styrmått). {@code subIndicators} are created first, under the same goal,
     * for a K_OF_N target.
     */
    public record Indicator(String name, String unitOfMeasure, String direction, String followUpFrequency,
            String source, Boolean genderSplit, BigDecimal tolerance, Map<String, String> externalCodes,
            List<Target> targets, List<Baseline> baselines, List<Indicator> subIndicators, String note) {
    }

    public record Target(int year, String kind, BigDecimal value, BigDecimal lo, BigDecimal hi,
            String referencePeriod, BigDecimal referenceValue, String benchmarkOrganization, Integer k,
            String wording) {
    }

    public record Baseline(String period, BigDecimal value, BigDecimal women, BigDecimal men) {
    }

    public record Activity(String title, String description, LocalDate startDate, LocalDate endDate,
            String responsible, String state, String stateComment) {
    }

    /**
     * A reported utfall of the goal's one indicator: a number, or the activity state ("Ja",
     * "Pågående", "Nej" as DONE, IN_PROGRESS, NOT_STARTED) when its target is an activity.
     * {@code wording} keeps the report's text.
     */
    public record Outcome(BigDecimal total, BigDecimal women, BigDecimal men, String activityState, String wording) {
    }

    public record ControlPoint(String controlPoint, String performer, String method) {
    }

    /**
     * The decision that adopted the plan, as far as the seed tells it: {@code body} is an org unit key
     * (the plan's owner when null), {@code decisionRef} a diarienummer or paragraph when the seed gives one.
     */
    public record Adoption(String body, LocalDate date, String decisionRef, String note) {
    }

    /**
     * A line of the plan's follow-up plan (FOLLOW_UP, possibly undated), meeting plan (MEETING) or
     * preparation calendar (PREPARATION); {@code body} is an org unit key.
     */
    public record FollowUpItem(String kind, LocalDate date, LocalDate endDate, String body, String section, String topic,
            String responsibleRole) {
    }

    /** Every goal of the plan, depth first in plan order. */
    public Stream<Goal> goals() {
        return strategies.stream().flatMap(s -> s.overallGoals().stream()).flatMap(PlanFile::goalsOf);
    }

    /** Every overall goal of the plan at any depth. */
    public Stream<OverallGoal> overallGoals() {
        return strategies.stream().flatMap(s -> s.overallGoals().stream()).flatMap(PlanFile::andChildren);
    }

    private static Stream<Goal> goalsOf(OverallGoal og) {
        return Stream.concat(list(og.goals()).stream(),
                list(og.children()).stream().flatMap(PlanFile::goalsOf));
    }

    private static Stream<OverallGoal> andChildren(OverallGoal og) {
        return Stream.concat(Stream.of(og), list(og.children()).stream().flatMap(PlanFile::andChildren));
    }

    public static <T> List<T> list(List<T> maybe) {
        return maybe == null ? List.of() : maybe;
    }
}
