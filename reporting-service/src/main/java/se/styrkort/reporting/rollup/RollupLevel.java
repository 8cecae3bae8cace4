package se.styrkort.reporting.rollup;

/** What a roll-up groups goals by. */
public enum RollupLevel {
    PLAN,
    STRATEGY,
    OVERALL_GOAL,
    UNIT;

    /** The level as the API names it: plan, strategy, overall-goal, unit. */
    public String param() {
        return name().toLowerCase().replace('_', '-');
    }

    public static RollupLevel ofParam(String value) {
        for (RollupLevel l : values()) {
            if (l.param().equals(value) || l.name().equals(value)) {
                return l;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
