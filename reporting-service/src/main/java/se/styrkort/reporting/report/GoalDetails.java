package se.styrkort.reporting.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.reporting.readmodel.Assessment;
import se.styrkort.reporting.readmodel.GoalStatus;
import se.styrkort.reporting.readmodel.Indicator;
import se.styrkort.reporting.readmodel.IndicatorStatus;
import se.styrkort.reporting.readmodel.ReadModel;
import se.styrkort.reporting.rollup.GoalLine;
import se.styrkort.reporting.rollup.Rollups;

/** The drill-down from a roll-up to its goals: each goal with its statuses, outcome, target, comment and forecast. */
@ApplicationScoped
public class GoalDetails {

    @Inject
    EntityManager em;

    @Inject
    ReadModel readModel;

    public List<GoalDetail> of(UUID plan, String period, List<GoalLine> goals, Rollups.Structure s) {
        if (goals.isEmpty()) {
            return List.of();
        }
        List<UUID> goalIds = goals.stream().map(GoalLine::goalId).toList();
        Map<UUID, GoalStatus> statuses = new HashMap<>();
        em.createQuery("from GoalStatus where goalId in :goals and period = :period", GoalStatus.class)
                .setParameter("goals", goalIds).setParameter("period", period).getResultList()
                .forEach(st -> statuses.put(st.goalId, st));
        Map<UUID, List<Indicator>> indicators = em.createQuery("from Indicator where goalId in :goals order by name, id",
                Indicator.class).setParameter("goals", goalIds).getResultList().stream()
                .collect(Collectors.groupingBy(i -> i.goalId));
        Map<String, IndicatorStatus> indicatorStatuses = new HashMap<>();
        em.createQuery("from IndicatorStatus where goalId in :goals and period = :period", IndicatorStatus.class)
                .setParameter("goals", goalIds).setParameter("period", period).getResultList()
                .forEach(st -> indicatorStatuses.put(st.indicatorId + ":" + st.orgUnitId, st));
        Map<UUID, Assessment> assessments = new HashMap<>();
        em.createQuery("from Assessment where goalId in :goals and indicatorId is null and period = :period"
                + " order by updatedAt", Assessment.class)
                .setParameter("goals", goalIds).setParameter("period", period).getResultList()
                .forEach(a -> assessments.put(a.goalId, a));
        int year = Integer.parseInt(period.substring(0, 4));
        List<GoalDetail> details = new ArrayList<>();
        for (GoalLine g : goals) {
            GoalStatus st = statuses.get(g.goalId());
            Assessment a = assessments.get(g.goalId());
            List<GoalDetail.IndicatorDetail> lines = new ArrayList<>();
            for (Indicator i : indicators.getOrDefault(g.goalId(), List.of())) {
                IndicatorStatus is = indicatorStatuses.get(i.id + ":" + g.ownerUnitId());
                JsonNode target = is != null && is.target != null ? json(is.target) : targetOf(i, year);
                lines.add(is == null
                        ? new GoalDetail.IndicatorDetail(i.id, i.name, i.unitOfMeasure, null, null, null, null, null, null,
                                target, null, i.tolerance)
                        : new GoalDetail.IndicatorDetail(i.id, i.name, i.unitOfMeasure, is.status, is.reason, is.total,
                                is.women, is.men, is.valueKind, target, is.comparedWith, is.tolerance));
            }
            UUID strategy = s.strategyOf(g);
            details.add(new GoalDetail(g.goalId(), g.title(), strategy,
                    strategy == null ? Rollups.UNPLACED : s.strategyName(strategy),
                    g.overallGoalId(), s.overallGoalTitle(g.overallGoalId()), g.ownerUnitId(), s.unitName(g.ownerUnitId()),
                    g.status(), st == null ? null : st.computedStatus, st == null ? null : st.reason,
                    st == null ? null : st.assessedStatus, st == null ? null : st.justification, outcome(lines),
                    target(lines), a == null ? null : a.analysis, a == null ? null : a.plannedActions,
                    a == null ? null : a.forecastValue, a == null ? null : a.forecastStatus, lines));
        }
        return details;
    }

    /** The outcomes of the goal's indicators, as the report's "Utfall" column shows them. */
    private static String outcome(List<GoalDetail.IndicatorDetail> lines) {
        return joined(lines.stream().filter(l -> l.total() != null)
                .map(l -> plain(l.total()) + (l.unitOfMeasure() == null ? "" : " " + l.unitOfMeasure())).toList());
    }

    /** The targets of the goal's indicators: the plan's own wording where there is one. */
    private static String target(List<GoalDetail.IndicatorDetail> lines) {
        return joined(lines.stream().map(GoalDetail.IndicatorDetail::target).filter(t -> t != null && t.isObject())
                .map(GoalDetails::describe).toList());
    }

    static String describe(JsonNode t) {
        if (t.hasNonNull("wording")) {
            return t.get("wording").asText();
        }
        String kind = t.path("kind").asText("");
        if (t.hasNonNull("value")) {
            return kind + " " + plain(t.get("value").decimalValue());
        }
        if (t.hasNonNull("lo") && t.hasNonNull("hi")) {
            return kind + " " + plain(t.get("lo").decimalValue()) + "–" + plain(t.get("hi").decimalValue());
        }
        return kind;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static String joined(List<String> parts) {
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private JsonNode targetOf(Indicator i, int year) {
        JsonNode targets = i.targets == null ? null : json(i.targets);
        if (targets == null || !targets.isArray()) {
            return null;
        }
        for (JsonNode t : targets) {
            if (t.path("year").asInt() == year) {
                return t;
            }
        }
        return null;
    }

    private JsonNode json(String text) {
        try {
            return readModel.mapper().readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

}
