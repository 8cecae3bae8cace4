package se.styrkort.platform.security;

/** The roles of docs/architecture.md, "Security and roles", as they appear in the token's {@code groups} claim. */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String REPORTER = "reporter";
    public static final String PLANNER = "planner";
    public static final String ECONOMIST = "economist";
    public static final String ADMIN = "admin";
    public static final String FEED = "feed";

    private Roles() {
    }
}
