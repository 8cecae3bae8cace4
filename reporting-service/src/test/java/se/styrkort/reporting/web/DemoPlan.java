package se.styrkort.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import se.styrkort.reporting.Feed;

/**
 * A region's plan the size of the demo data's (the seed's interim report per August 2022): four
 * strategies, eleven overall goals, 56 goals with an indicator each, 14 green, 17 yellow, 12 red and
 * 13 not measurable in 2022-T2, a tertial before it, outcomes by gender, budget and an investment.
 */
final class DemoPlan {

    final String tenant;
    final String unit = Feed.id();
    final String plan = Feed.id();
    final List<String> goals = new ArrayList<>();
    final List<String> indicators = new ArrayList<>();
    final String name;

    DemoPlan(String tenant, String name) {
        this.tenant = tenant;
        this.name = name;
    }

    DemoPlan publish() {
        Feed f = new Feed(tenant);
        f.orgUnit(unit, "Regionstyrelsen", null).plan(plan, name, unit);
        String[] strategies = { "Strategi för länets utveckling", "Strategi för vård och hälsa",
                "Strategi för våra medarbetare", "Strategi för ekonomi" };
        List<String> overall = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            String strategy = Feed.id();
            f.strategy(strategy, plan, strategies[s], s + 1);
            for (int o = 0; o < (s < 3 ? 3 : 2); o++) {
                String og = Feed.id();
                f.overallGoal(og, strategy, null, "Övergripande mål " + (s + 1) + "." + (o + 1));
                overall.add(og);
            }
        }
        for (int i = 0; i < 56; i++) {
            String goal = Feed.id();
            String indicator = Feed.id();
            goals.add(goal);
            indicators.add(indicator);
            String title = i == 0 ? "Sjukfrånvaron ska minska" : "Verksamhetsmål " + (i + 1);
            f.goal(goal, 0, plan, unit, overall.get(i % overall.size()), title);
            f.indicator(indicator, goal, i == 0 ? "Sjukfrånvaro" : "Mätetal " + (i + 1), i % 4 == 0);
            String t2 = i < 14 ? "GREEN" : i < 31 ? "YELLOW" : i < 43 ? "RED" : null;
            String t1 = i < 10 ? "GREEN" : i < 30 ? "YELLOW" : i < 45 ? "RED" : null;
            if (t1 != null) {
                f.goalStatus(goal, 0, plan, unit, "2022-T1", t1, null);
                f.measurement(Feed.id(), indicator, unit, "2022-T1", "6.1", "4.9", "5.5");
            }
            if (t2 != null) {
                f.goalStatus(goal, 0, plan, unit, "2022-T2", t2, null);
                f.indicatorStatus(indicator, goal, plan, unit, "2022-T2", t2, new BigDecimal(i == 0 ? "4.5" : "5.9"));
                f.measurement(Feed.id(), indicator, unit, "2022-T2", "6.9", "4.8", i == 0 ? "4.5" : "5.9");
            }
        }
        f.assessment(Feed.id(), goals.get(0), plan, unit, "2022-T2", "Sjukfrånvaron har minskat under våren");
        f.frame(Feed.id(), 0, unit, "-300000.00", "0", "-180000.00");
        f.actual(Feed.id(), unit, 8, "PERSONNEL", "-210000.00");
        f.forecast(Feed.id(), unit, "PERSONNEL", "-305000.00");
        f.investment(Feed.id(), unit, "Ny telefonilösning", "IT");
        f.publish();
        return this;
    }

    /** A goal with no status in 2022-T2: its first status is a change the scorecard shows. */
    String unmeasuredGoal() {
        return goals.get(50);
    }
}
