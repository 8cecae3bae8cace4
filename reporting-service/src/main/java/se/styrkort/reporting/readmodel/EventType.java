package se.styrkort.reporting.readmodel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.Table;

/**
 * Every event type goals-, outcomes- and budget-service publish, with the topic it comes on and the
 * read-model table that keeps it, or none: a type without a table is skipped, not dead-lettered.
 * Each event is keyed by its aggregate's id, which is the id of the aggregate's row. The one place
 * that says what reporting reads: the consumers, the rebuild and the roll-ups all ask here.
 */
public enum EventType {

    PLAN(Topic.GOALS, "plan", PlanSummary.class),
    ORG_UNIT(Topic.GOALS, "org-unit", OrgUnit.class),
    STRATEGY(Topic.GOALS, "strategy", Strategy.class),
    OVERALL_GOAL(Topic.GOALS, "overall-goal", OverallGoal.class),
    ASSIGNMENT(Topic.GOALS, "assignment", null),
    GOAL(Topic.GOALS, "goal", Goal.class),
    INDICATOR(Topic.GOALS, "indicator", Indicator.class),
    ACTIVITY(Topic.GOALS, "activity", Activity.class),
    CONTROL_POINT(Topic.GOALS, "control-point", null),
    FOLLOW_UP_ITEM(Topic.GOALS, "follow-up-item", FollowUpItem.class),

    MEASUREMENT(Topic.OUTCOMES, "measurement", Measurement.class),
    INDICATOR_STATUS(Topic.OUTCOMES, "indicator-status", IndicatorStatus.class),
    GOAL_STATUS(Topic.OUTCOMES, "goal-status", GoalStatus.class),
    ASSESSMENT(Topic.OUTCOMES, "assessment", Assessment.class),

    BUDGET_FRAME(Topic.BUDGET, "budget-frame", BudgetFrame.class),
    BUDGET_ADJUSTMENT(Topic.BUDGET, "budget-adjustment", BudgetAdjustment.class),
    ACTUAL(Topic.BUDGET, "actual", Actual.class),
    FORECAST(Topic.BUDGET, "forecast", Forecast.class),
    INVESTMENT(Topic.BUDGET, "investment", Investment.class),
    FINANCIAL_INDICATOR(Topic.BUDGET, "financial-indicator", null),
    ACCOUNT_STRUCTURE(Topic.BUDGET, "account-structure", AccountStructure.class),
    ACCOUNT_FIGURE(Topic.BUDGET, "account-figure", AccountFigure.class),
    STAFF_FIGURE(Topic.BUDGET, "staff-figure", StaffFigure.class);

    /** The topics the read model is fed from. */
    public enum Topic {
        GOALS("styrkort.goals"),
        OUTCOMES("styrkort.outcomes"),
        BUDGET("styrkort.budget");

        private final String address;

        Topic(String address) {
            this.address = address;
        }

        public String address() {
            return address;
        }
    }

    private static final Map<String, EventType> BY_AGGREGATE_TYPE = new HashMap<>();

    static {
        for (EventType t : values()) {
            BY_AGGREGATE_TYPE.put(t.aggregateType, t);
        }
    }

    private final Topic topic;
    private final String aggregateType;
    private final Class<? extends ReadRow> table;

    EventType(Topic topic, String aggregateType, Class<? extends ReadRow> table) {
        this.topic = topic;
        this.aggregateType = aggregateType;
        this.table = table;
    }

    public Topic topic() {
        return topic;
    }

    /** The aggregate type, as it stands in the event type between {@code se.styrkort.} and {@code .changed.v1}. */
    public String aggregateType() {
        return aggregateType;
    }

    /** The CloudEvents type the publisher gives it. */
    public String ceType() {
        return "se.styrkort." + aggregateType + ".changed.v1";
    }

    /** The row class of the table that keeps it, or empty when the read model skips it. */
    public Optional<Class<? extends ReadRow>> table() {
        return Optional.ofNullable(table);
    }

    /** The event type of an aggregate type, or empty for one no service publishes (yet). */
    public static Optional<EventType> of(String aggregateType) {
        return Optional.ofNullable(aggregateType == null ? null : BY_AGGREGATE_TYPE.get(aggregateType));
    }

    /** The table that keeps the aggregate type, or null when the read model does not keep it. */
    public static Class<? extends ReadRow> tableOf(String aggregateType) {
        EventType type = aggregateType == null ? null : BY_AGGREGATE_TYPE.get(aggregateType);
        return type == null ? null : type.table;
    }

    /** Whether the read model keeps the aggregate type. */
    public static boolean kept(String aggregateType) {
        return tableOf(aggregateType) != null;
    }

    /** The row classes of the tables, one per kept type. */
    public static List<Class<? extends ReadRow>> tables() {
        return Arrays.stream(values()).filter(t -> t.table != null).<Class<? extends ReadRow>> map(t -> t.table).toList();
    }

    /** The database tables of the read model, sorted by name. */
    public static List<String> tableNames() {
        return tables().stream().map(t -> t.getAnnotation(Table.class).name()).sorted().toList();
    }

    /** The topics' addresses, in the order above. */
    public static List<String> topics() {
        return Arrays.stream(Topic.values()).map(Topic::address).toList();
    }
}
