package se.styrkort.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestStreamElementType;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import se.styrkort.platform.csv.CsvDialect;
import se.styrkort.platform.csv.CsvTable;
import se.styrkort.platform.domain.Period;
import se.styrkort.platform.security.Roles;
import se.styrkort.reporting.readmodel.Goal;
import se.styrkort.reporting.readmodel.Indicator;
import se.styrkort.reporting.readmodel.IndicatorStatus;
import se.styrkort.reporting.readmodel.Measurement;
import se.styrkort.reporting.readmodel.OrgUnit;
import se.styrkort.reporting.readmodel.OrgUnitTree;
import se.styrkort.reporting.readmodel.PlanSummary;
import se.styrkort.reporting.readmodel.ReadModel;
import se.styrkort.reporting.report.Economy;
import se.styrkort.reporting.report.EconomyLine;
import se.styrkort.reporting.report.GoalDetail;
import se.styrkort.reporting.report.GoalDetails;
import se.styrkort.reporting.report.InvestmentLine;
import se.styrkort.reporting.report.Investments;
import se.styrkort.reporting.report.ReportView;
import se.styrkort.reporting.report.Reports;
import se.styrkort.reporting.report.RollupView;
import se.styrkort.reporting.rollup.GoalLine;
import se.styrkort.reporting.rollup.Rollups;

/**
 * The pages of one plan: its scorecard for a period, a goal, an indicator, the missing reports, the
 * economy, the printable report and the CSV downloads. Every read goes through the tenant-scoped
 * read model, so another region's plan, goal or indicator is not found: the 404 page.
 */
@Path("/planer/{plan}")
@Produces(MediaType.TEXT_HTML)
public class PlanPages {

    @Inject
    EntityManager em;

    @Inject
    Rollups rollups;

    @Inject
    GoalDetails goalDetails;

    @Inject
    Reports reports;

    @Inject
    ReadModel readModel;

    @Inject
    LiveRollups live;

    @Inject
    Scorecards scorecards;

    @Inject
    Economy economy;

    @Inject
    Investments investments;

    @Inject
    SecurityIdentity identity;

    @Inject
    Csrf csrf;

    @ConfigProperty(name = Reminders.ENABLED, defaultValue = "false")
    boolean remindersEnabled;

    @Inject
    @Location("web/scorecard.html")
    Template scorecard;

    @Inject
    @Location("web/goal.html")
    Template goalPage;

    @Inject
    @Location("web/indicator.html")
    Template indicatorPage;

    @Inject
    @Location("web/missing.html")
    Template missingPage;

    @Inject
    @Location("web/economy.html")
    Template economyPage;

    @Inject
    @Location("web/report.html")
    Template report;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(hidden = true)
    public TemplateInstance scorecard(@PathParam("plan") String planId, @QueryParam("period") String period,
            @QueryParam("enhet") String unit) {
        PlanSummary plan = plan(planId);
        String p = period(plan, period);
        return scorecard.data("card", scorecardOf(plan, p, Lenient.uuid(unit))).data("user", WebUser.of(identity));
    }

    Scorecard scorecardOf(PlanSummary plan, String period, UUID unit) {
        return scorecards.of(plan.tenant, plan.id, period, unit, live.version(plan.id));
    }

    @GET
    @Path("mal/{goal}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(hidden = true)
    public TemplateInstance goal(@PathParam("plan") String planId, @PathParam("goal") String goalId,
            @QueryParam("period") String period, @QueryParam("sparat") String saved) {
        PlanSummary plan = plan(planId);
        String p = period(plan, period);
        return goalPage.data("page", goalOf(plan, goalId, p)).data("user", WebUser.of(identity))
                .data("saved", "bedomning".equals(saved));
    }

    /** A goal in a period: its statuses, indicators with the reason in words, the assessment. */
    public record GoalPageData(PlanSummary plan, String period, List<PeriodOption> periods, Goal goal, GoalDetail detail,
            List<IndicatorLine> indicators, long version) {

        public String goalPath() {
            return "/mal/" + goal.id;
        }
    }

    /** An indicator of a goal with its status in words. */
    public record IndicatorLine(GoalDetail.IndicatorDetail detail, String reason, String target) {
    }

    GoalPageData goalOf(PlanSummary plan, String goalId, String period) {
        Goal goal = planGoal(plan, goalId);
        long version = live.version(plan.id);
        GoalLine line = rollups.goals(plan.id, period).stream().filter(g -> g.goalId().equals(goal.id)).findFirst()
                .orElseThrow(() -> new PageNotFound("målet"));
        Rollups.Structure structure = rollups.structure(plan.id, List.of(line));
        GoalDetail detail = goalDetails.of(plan.id, period, List.of(line), structure).get(0);
        List<IndicatorLine> indicators = detail.indicators().stream()
                .map(d -> new IndicatorLine(d, Reasons.of(d), Reasons.target(d.target(), d.unitOfMeasure()))).toList();
        return new GoalPageData(plan, period, PeriodOption.of(plan, statusPeriods(plan.id), period), goal, detail,
                indicators, version);
    }

    @GET
    @Path("matetal/{indicator}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(hidden = true)
    public TemplateInstance indicator(@PathParam("plan") String planId, @PathParam("indicator") String indicatorId,
            @QueryParam("period") String period, @QueryParam("sparat") String saved) {
        PlanSummary plan = plan(planId);
        String p = period(plan, period);
        return indicatorPage.data("page", indicatorOf(plan, indicatorId, p)).data("user", WebUser.of(identity))
                .data("saved", "utfall".equals(saved));
    }

    /** An indicator's outcomes over time against its targets, for the unit that owns its goal and the others reported. */
    public record IndicatorPageData(PlanSummary plan, String period, Goal goal, Indicator indicator, String ownerUnitName,
            IndicatorStatus status, String reason, List<Point> points, List<Point> others, String chart,
            Measurement last, boolean hasGender) {
    }

    /** One period's outcome with its target. */
    public record Point(String period, String unitName, BigDecimal total, BigDecimal women, BigDecimal men,
            BigDecimal target, String targetText, String valueKind, String sourceSystem) {
    }

    IndicatorPageData indicatorOf(PlanSummary plan, String indicatorId, String period) {
        Indicator indicator = planIndicator(plan, indicatorId);
        Goal goal = em.find(Goal.class, indicator.goalId);
        List<Measurement> measurements = em.createQuery("from Measurement where indicatorId = :i", Measurement.class)
                .setParameter("i", indicator.id).getResultList();
        Map<UUID, String> unitNames = new HashMap<>();
        em.createQuery("from OrgUnit", OrgUnit.class).getResultList().forEach(u -> unitNames.put(u.id, u.name));
        JsonNode targets = json(indicator.targets);
        List<Point> points = new ArrayList<>();
        List<Point> others = new ArrayList<>();
        for (Measurement m : measurements) {
            JsonNode t = targetOf(targets, m.period);
            Point point = new Point(m.period, unitNames.getOrDefault(m.orgUnitId, "Jämförelse"), m.total, m.women, m.men,
                    Reasons.line(t), Reasons.target(t, indicator.unitOfMeasure), m.valueKind, m.sourceSystem);
            (m.orgUnitId.equals(goal.ownerUnitId) ? points : others).add(point);
        }
        points.sort(Comparator.comparing(Point::period, WebPeriods.ORDER));
        others.sort(Comparator.comparing(Point::period, WebPeriods.ORDER).thenComparing(Point::unitName));
        boolean gender = indicator.genderSplit || points.stream().anyMatch(p -> p.women() != null || p.men() != null);
        List<LineChart.Series> series = new ArrayList<>();
        series.add(new LineChart.Series("Utfall", "total", "circle", points.stream().map(Point::total).toList()));
        if (gender) {
            series.add(new LineChart.Series("Kvinnor", "women", "triangle", points.stream().map(Point::women).toList()));
            series.add(new LineChart.Series("Män", "men", "square", points.stream().map(Point::men).toList()));
        }
        series.add(new LineChart.Series("Mål", "target", "none", points.stream().map(Point::target).toList()));
        String chart = LineChart.svg("Utfall per period mot målet för " + indicator.name
                + "; siffrorna finns i tabellen under diagrammet", points.stream().map(p -> Sv.period(p.period())).toList(),
                series);
        IndicatorStatus status = em
                .createQuery("from IndicatorStatus where indicatorId = :i and orgUnitId = :u and period = :p",
                        IndicatorStatus.class)
                .setParameter("i", indicator.id).setParameter("u", goal.ownerUnitId)
                .setParameter("p", period).getResultStream().findFirst().orElse(null);
        String reason = status == null ? Reasons.of(new GoalDetail.IndicatorDetail(indicator.id, indicator.name,
                indicator.unitOfMeasure, null, null, null, null, null, null, null, null, null))
                : Reasons.of(new GoalDetail.IndicatorDetail(indicator.id, indicator.name, indicator.unitOfMeasure,
                        status.status, status.reason, status.total, status.women, status.men, status.valueKind,
                        json(status.target), status.comparedWith, status.tolerance));
        Measurement last = measurements.stream().max(Comparator.comparing(m -> m.updatedAt)).orElse(null);
        return new IndicatorPageData(plan, period, goal, indicator, unitNames.get(goal.ownerUnitId), status, reason, points,
                others, chart, last, gender);
    }

    /**
     * The plan's roll-up changes as server-sent events: each event's data is the plan's new read
     * version, after which the open page fetches itself again; "-1" only keeps the connection open.
     */
    @GET
    @Path("live")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    @RolesAllowed(Roles.VIEWER)
    @Blocking
    @Operation(hidden = true)
    public Multi<String> live(@PathParam("plan") String planId, @QueryParam("version") String version) {
        PlanSummary plan = plan(planId);
        long seen;
        try {
            seen = version == null ? live.version(plan.id) : Long.parseLong(version);
        } catch (NumberFormatException e) {
            seen = live.version(plan.id);
        }
        return Multi.createBy().merging().streams(live.changes(plan.id, seen), LiveRollups.ticks())
                .map(String::valueOf);
    }

    @GET
    @Path("saknade")
    @RolesAllowed(Roles.VIEWER)
    @Operation(hidden = true)
    public Response missing(@PathParam("plan") String planId, @QueryParam("period") String period,
            @QueryParam("enhet") String unit, @QueryParam("paminda") Integer reminded,
            @QueryParam("utan-adress") Integer unaddressed, @CookieParam(Csrf.NAME) String cookie) {
        PlanSummary plan = plan(planId);
        String p = period(plan, period);
        // The reminder form only where a mail server is configured and for those who may send it (web/Reminders).
        boolean remind = remindersEnabled && identity.hasRole(Roles.PLANNER);
        String token = remind ? csrf.token(cookie) : null;
        String html = missingPage.data("page", missingOf(plan, p, Lenient.uuid(unit))).data("user", WebUser.of(identity))
                .data("remind", remind).data("csrf", token).data("reminded", reminded)
                .data("unaddressed", unaddressed == null ? 0 : unaddressed).render();
        Response.ResponseBuilder answer = Response.ok(html, MediaType.TEXT_HTML + ";charset=UTF-8");
        NewCookie set = remind ? csrf.cookie(token, cookie) : null;
        return set == null ? answer.build() : answer.cookie(set).build();
    }

    /** The indicators of the plan with no outcome for the unit that owns their goal in the period. */
    public record MissingPageData(PlanSummary plan, String period, List<PeriodOption> periods, List<Scorecard.Unit> units,
            List<MissingLine> lines, int indicators) {
    }

    public record MissingLine(UUID goalId, String goalTitle, UUID indicatorId, String indicatorName, UUID unitId,
            String unitName) {
    }

    MissingPageData missingOf(PlanSummary plan, String period, UUID unit) {
        List<Object[]> rows = em.createQuery("""
                select g.id, g.title, i.id, i.name, g.ownerUnitId, u.name from Indicator i
                join Goal g on g.id = i.goalId left join OrgUnit u on u.id = g.ownerUnitId
                where g.planId = :plan
                and not exists (select 1 from Measurement m where m.indicatorId = i.id and m.orgUnitId = g.ownerUnitId
                    and m.period = :period)
                and not exists (select 1 from IndicatorStatus s where s.indicatorId = i.id and s.orgUnitId = g.ownerUnitId
                    and s.period = :period and s.reason = 'NOT_DUE')
                order by u.name, g.title, i.name""", Object[].class)
                .setParameter("plan", plan.id).setParameter("period", period).getResultList();
        long count = em.createQuery("select count(i) from Indicator i join Goal g on g.id = i.goalId where g.planId = :plan",
                Long.class).setParameter("plan", plan.id).getSingleResult();
        Map<UUID, String> units = new LinkedHashMap<>();
        List<MissingLine> lines = new ArrayList<>();
        for (Object[] r : rows) {
            UUID unitId = (UUID) r[4];
            String unitName = r[5] == null ? String.valueOf(unitId) : (String) r[5];
            units.put(unitId, unitName);
            if (unit == null || unit.equals(unitId)) {
                lines.add(new MissingLine((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], unitId, unitName));
            }
        }
        List<Scorecard.Unit> unitOptions = units.entrySet().stream()
                .map(e -> new Scorecard.Unit(e.getKey(), e.getValue(), e.getKey().equals(unit))).toList();
        return new MissingPageData(plan, period, PeriodOption.of(plan, statusPeriods(plan.id), period), unitOptions, lines,
                (int) count);
    }

    @GET
    @Path("ekonomi")
    @RolesAllowed(Roles.VIEWER)
    @Operation(hidden = true)
    public TemplateInstance economy(@PathParam("plan") String planId, @QueryParam("period") String period) {
        PlanSummary plan = plan(planId);
        String p = period(plan, period);
        Set<UUID> units = economyUnits(plan);
        List<EconomyLine> lines = units.isEmpty() ? List.of() : economy.of(Period.parse(p), units);
        List<InvestmentLine> investments = units.isEmpty() ? List.of() : this.investments.of(Period.parse(p), units, null);
        return economyPage.data("economy", lines).data("investments", investments).data("plan", plan)
                .data("periods", PeriodOption.of(plan, statusPeriods(plan.id), p)).data("period", p)
                .data("user", WebUser.of(identity));
    }

    @GET
    @Path("rapport")
    @RolesAllowed(Roles.VIEWER)
    @Operation(hidden = true)
    public TemplateInstance report(@PathParam("plan") String planId, @QueryParam("period") String period) {
        PlanSummary plan = plan(planId);
        return report.data("report", reports.of(plan.id, Period.parse(period(plan, period))));
    }

    @GET
    @Path("{table}.csv")
    @Produces(CsvTable.MEDIA_TYPE)
    @RolesAllowed(Roles.VIEWER)
    @Operation(hidden = true)
    public Response csv(@PathParam("plan") String planId, @PathParam("table") String table,
            @QueryParam("period") String period) {
        PlanSummary plan = plan(planId);
        String p = period(plan, period);
        ReportView r = reports.of(plan.id, Period.parse(p));
        String body = switch (table) {
            case "styrkort" -> {
                List<RollupView> views = new ArrayList<>(List.of(r.summary()));
                r.sections().forEach(s -> views.add(s.rollup()));
                yield CsvTable.write(WebCsv.ROLLUPS, views, CsvDialect.EXCEL_SV);
            }
            case "mal" -> {
                List<GoalDetail> goals = new ArrayList<>();
                r.sections().forEach(s -> goals.addAll(s.goals()));
                yield CsvTable.write(WebCsv.GOALS, goals, CsvDialect.EXCEL_SV);
            }
            case "ekonomi" -> CsvTable.write(WebCsv.ECONOMY, r.economy(), CsvDialect.EXCEL_SV);
            case "investeringar" -> CsvTable.write(WebCsv.INVESTMENTS, r.investments(), CsvDialect.EXCEL_SV);
            default -> throw new PageNotFound("tabellen");
        };
        return Response.ok(body, CsvTable.MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + table + "-" + p + ".csv\"").build();
    }

    /**
     * The units whose economy the plan's follow-up shows, as the report does: the plan owner's unit and
     * every unit below it; without an owner, the units that own the plan's goals.
     */
    private Set<UUID> economyUnits(PlanSummary plan) {
        Set<UUID> units = new LinkedHashSet<>();
        if (plan.ownerUnitId == null) {
            units.addAll(em.createQuery("select distinct g.ownerUnitId from Goal g where g.planId = :plan", UUID.class)
                    .setParameter("plan", plan.id).getResultList());
            return units;
        }
        return OrgUnitTree.andBelow(em, plan.ownerUnitId);
    }

    // --- shared by the pages ---

    PlanSummary plan(String id) {
        return find(PlanSummary.class, id, "planen");
    }

    /** A goal of the plan; another plan's is not found, as an unknown one is. */
    Goal planGoal(PlanSummary plan, String id) {
        Goal goal = find(Goal.class, id, "målet");
        if (!plan.id.equals(goal.planId)) {
            throw new PageNotFound("målet");
        }
        return goal;
    }

    /** An indicator of one of the plan's goals; another plan's is not found, as an unknown one is. */
    Indicator planIndicator(PlanSummary plan, String id) {
        Indicator indicator = find(Indicator.class, id, "mätetalet");
        Goal goal = em.find(Goal.class, indicator.goalId);
        if (goal == null || !plan.id.equals(goal.planId)) {
            throw new PageNotFound("mätetalet");
        }
        return indicator;
    }

    private <T> T find(Class<T> type, String id, String what) {
        UUID uuid = Lenient.uuid(id);
        T found = uuid == null ? null : em.find(type, uuid);
        if (found == null) {
            throw new PageNotFound(what);
        }
        return found;
    }

    /** The asked period if it is one, else the plan's latest period with statuses. */
    String period(PlanSummary plan, String period) {
        if (period != null && PeriodOption.parse(period) != null) {
            return Period.parse(period).toString();
        }
        return PeriodOption.initial(plan, statusPeriods(plan.id));
    }

    List<String> statusPeriods(UUID plan) {
        return em.createQuery("select distinct s.period from GoalStatus s where s.planId = :plan", String.class)
                .setParameter("plan", plan).getResultList();
    }

    private JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return readModel.mapper().readTree(text);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static JsonNode targetOf(JsonNode targets, String period) {
        Period p = PeriodOption.parse(period);
        if (targets == null || !targets.isArray() || p == null) {
            return null;
        }
        for (JsonNode t : targets) {
            if (t.path("year").asInt() == p.year()) {
                return t;
            }
        }
        return null;
    }
}
