package se.styrkort.reporting.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import se.styrkort.platform.security.Roles;
import se.styrkort.reporting.readmodel.Assessment;
import se.styrkort.reporting.readmodel.Goal;
import se.styrkort.reporting.readmodel.Indicator;
import se.styrkort.reporting.readmodel.Measurement;
import se.styrkort.reporting.readmodel.PlanSummary;
import se.styrkort.reporting.readmodel.ReadModel;

/**
 * The recording forms: an indicator's outcome for a period and a goal's assessment. They write to
 * outcomes-service as the logged-in person (their access token), so that its rules, roles and tenant
 * walls decide; what it answers is shown on the form: each violation next to its field, a version
 * conflict with the value someone else saved. Only a reporter (or an admin) sees and may post them.
 */
@Path("/planer/{plan}")
@Produces(MediaType.TEXT_HTML)
public class RecordingPages {

    private static final Logger LOG = Logger.getLogger(RecordingPages.class);

    @Inject
    PlanPages pages;

    @Inject
    EntityManager em;

    @Inject
    ReadModel readModel;

    @Inject
    SecurityIdentity identity;

    @Inject
    @RestClient
    OutcomesClient outcomes;

    @Inject
    Csrf csrf;

    @Inject
    @Location("web/outcome-form.html")
    Template outcomeForm;

    @Inject
    @Location("web/assessment-form.html")
    Template assessmentForm;

    /** What the outcome form shows and was sent. */
    public record OutcomeForm(PlanSummary plan, Goal goal, Indicator indicator, List<PeriodOption> periods, String period,
            String valueKind, String total, String women, String men, UUID measurementId, Long version,
            FormErrors errors, Conflict conflict) {

        /** The value fields: total, and women and men where the indicator is split by gender. */
        public List<ValueField> fieldsShown() {
            List<ValueField> shown = new java.util.ArrayList<>();
            shown.add(new ValueField("total", "Utfall totalt", total == null ? "" : total));
            if (indicator.genderSplit) {
                shown.add(new ValueField("women", "Utfall kvinnor", women == null ? "" : women));
                shown.add(new ValueField("men", "Utfall män", men == null ? "" : men));
            }
            return shown;
        }
    }

    /** One value field of the outcome form. */
    public record ValueField(String name, String label, String value) {
    }

    /** Someone else's newer value, shown when a save would have overwritten it. */
    public record Conflict(String text, String by, String at, Long version) {
    }

    @GET
    @Path("matetal/{indicator}/utfall")
    @RolesAllowed(Roles.REPORTER)
    @Operation(hidden = true)
    public Response outcomeForm(@PathParam("plan") String planId, @PathParam("indicator") String indicatorId,
            @QueryParam("period") String period, @CookieParam(Csrf.NAME) String cookie) {
        String token = csrf.token(cookie);
        PlanSummary plan = pages.plan(planId);
        Indicator indicator = pages.planIndicator(plan, indicatorId);
        Goal goal = em.find(Goal.class, indicator.goalId);
        String p = pages.period(plan, period);
        Measurement m = current(indicator, goal, p, "ACCUMULATED");
        return page(outcomeForm.data("form", new OutcomeForm(plan, goal, indicator, PeriodOption.of(plan,
                pages.statusPeriods(plan.id), p), p, m == null ? "ACCUMULATED" : m.valueKind, text(m == null ? null : m.total),
                text(m == null ? null : m.women), text(m == null ? null : m.men), m == null ? null : m.id,
                m == null ? null : m.eventVersion, new FormErrors(), null)).data("csrf", token), 200,
                csrf.cookie(token, cookie));
    }

    @POST
    @Path("matetal/{indicator}/utfall")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REPORTER)
    @Operation(hidden = true)
    public Response recordOutcome(@PathParam("plan") String planId, @PathParam("indicator") String indicatorId,
            @CookieParam(Csrf.NAME) String cookie, MultivaluedMap<String, String> fields) {
        csrf.check(cookie, fields.getFirst(Csrf.NAME));
        PlanSummary plan = pages.plan(planId);
        Indicator indicator = pages.planIndicator(plan, indicatorId);
        Goal goal = em.find(Goal.class, indicator.goalId);
        FormErrors errors = new FormErrors();
        String period = period(plan, fields, errors);
        String kind = "PERIOD".equals(fields.getFirst("valueKind")) ? "PERIOD" : "ACCUMULATED";
        String total = fields.getFirst("total");
        String women = fields.getFirst("women");
        String men = fields.getFirst("men");
        BigDecimal t = number(errors, "total", total, "Utfall totalt");
        BigDecimal w = number(errors, "women", women, "Utfall kvinnor");
        BigDecimal m = number(errors, "men", men, "Utfall män");
        if (!errors.has("total") && !errors.has("women") && !errors.has("men") && t == null && w == null && m == null) {
            errors.add("total", "Ange utfallet, totalt eller för kvinnor och män");
        }
        UUID measurementId = Lenient.uuid(fields.getFirst("measurementId"));
        Long version = version(fields.getFirst("version"));
        OutcomeForm form = new OutcomeForm(plan, goal, indicator, PeriodOption.of(plan, pages.statusPeriods(plan.id), period),
                period, kind, total, women, men, measurementId, version, errors, null);
        if (errors.any()) {
            return again(outcomeForm.data("form", form), fields, 400);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("indicatorId", indicator.id);
        body.put("orgUnitId", goal.ownerUnitId);
        body.put("period", canonical(period));
        body.put("valueKind", kind);
        body.put("total", t);
        body.put("women", w);
        body.put("men", m);
        body.put("sourceSystem", "Styrkort");
        Response answer = send(() -> measurementId != null && version != null
                ? outcomes.correct(bearer(), measurementId, "\"" + version + "\"", body)
                : outcomes.record(bearer(), body));
        if (answer == null) {
            errors.add(null, "Utfallet kunde inte sparas: utfallstjänsten svarar inte just nu. Försök igen om en stund.");
            return again(outcomeForm.data("form", form), fields, 503);
        }
        int status = answer.getStatus();
        if (status == 200 || status == 201) {
            return Response.seeOther(URI.create("/planer/" + plan.id + "/matetal/" + indicator.id + "?period=" + period
                    + "&sparat=utfall")).build();
        }
        JsonNode problem = problem(answer);
        if (status == 409 || status == 412) {
            Conflict conflict = measurementId == null ? null : newerMeasurement(measurementId, indicator.unitOfMeasure);
            errors.add(null, "Någon annan har ändrat utfallet sedan du öppnade formuläret. Ditt värde är inte sparat:"
                    + " jämför med det nya värdet nedan och spara igen om ditt ska gälla.");
            Long newVersion = conflict == null ? version : conflict.version();
            return again(outcomeForm.data("form", new OutcomeForm(plan, goal, indicator, form.periods(), period, kind, total,
                    women, men, measurementId, newVersion, errors, conflict)), fields, 409);
        }
        explain(problem, status, errors, List.of("period", "valueKind", "total", "women", "men"));
        return again(outcomeForm.data("form", form), fields, status == 403 ? 403 : 400);
    }

    /** What the assessment form shows and was sent. */
    public record AssessmentForm(PlanSummary plan, Goal goal, List<PeriodOption> periods, String period,
            String assessedStatus, String justification, String analysis, String plannedActions, String forecastValue,
            String forecastStatus, UUID assessmentId, Long version, FormErrors errors, Conflict conflict) {

        public List<String> statuses() {
            return List.of("GREEN", "YELLOW", "RED", "NOT_MEASURABLE");
        }
    }

    @GET
    @Path("mal/{goal}/bedomning")
    @RolesAllowed(Roles.REPORTER)
    @Operation(hidden = true)
    public Response assessmentForm(@PathParam("plan") String planId, @PathParam("goal") String goalId,
            @QueryParam("period") String period, @CookieParam(Csrf.NAME) String cookie) {
        String token = csrf.token(cookie);
        PlanSummary plan = pages.plan(planId);
        Goal goal = pages.planGoal(plan, goalId);
        String p = pages.period(plan, period);
        Assessment a = em.createQuery("from Assessment where goalId = :g and indicatorId is null and period = :p"
                + " order by updatedAt desc", Assessment.class).setParameter("g", goal.id).setParameter("p", p)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        return page(assessmentForm.data("form", new AssessmentForm(plan, goal, PeriodOption.of(plan,
                pages.statusPeriods(plan.id), p), p, a == null ? "" : nz(a.assessedStatus),
                a == null ? "" : nz(a.justification),
                a == null ? "" : nz(a.analysis), a == null ? "" : nz(a.plannedActions), a == null ? "" : text(a.forecastValue),
                a == null ? "" : nz(a.forecastStatus), a == null ? null : a.id, a == null ? null : a.eventVersion,
                new FormErrors(), null)).data("csrf", token), 200, csrf.cookie(token, cookie));
    }

    @POST
    @Path("mal/{goal}/bedomning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REPORTER)
    @Operation(hidden = true)
    public Response assess(@PathParam("plan") String planId, @PathParam("goal") String goalId,
            @CookieParam(Csrf.NAME) String cookie, MultivaluedMap<String, String> fields) {
        csrf.check(cookie, fields.getFirst(Csrf.NAME));
        PlanSummary plan = pages.plan(planId);
        Goal goal = pages.planGoal(plan, goalId);
        FormErrors errors = new FormErrors();
        String period = period(plan, fields, errors);
        String assessed = status(fields.getFirst("assessedStatus"));
        String justification = nz(fields.getFirst("justification")).strip();
        String analysis = nz(fields.getFirst("analysis")).strip();
        String actions = nz(fields.getFirst("plannedActions")).strip();
        String forecast = nz(fields.getFirst("forecastValue"));
        String forecastStatus = status(fields.getFirst("forecastStatus"));
        if (assessed != null && justification.isEmpty()) {
            errors.add("justification", "Motivera den bedömda statusen");
        }
        BigDecimal forecastValue = number(errors, "forecastValue", forecast, "Prognosen");
        UUID assessmentId = Lenient.uuid(fields.getFirst("assessmentId"));
        Long version = version(fields.getFirst("version"));
        AssessmentForm form = new AssessmentForm(plan, goal, PeriodOption.of(plan, pages.statusPeriods(plan.id), period),
                period, nz(assessed), justification, analysis, actions, forecast, nz(forecastStatus), assessmentId, version,
                errors, null);
        if (errors.any()) {
            return again(assessmentForm.data("form", form), fields, 400);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("goalId", goal.id);
        body.put("period", canonical(period));
        body.put("assessedStatus", assessed);
        body.put("justification", justification.isEmpty() ? null : justification);
        body.put("analysis", analysis.isEmpty() ? null : analysis);
        body.put("plannedActions", actions.isEmpty() ? null : actions);
        body.put("forecastValue", forecastValue);
        body.put("forecastStatus", forecastStatus);
        Response answer = send(() -> assessmentId != null && version != null
                ? outcomes.reassess(bearer(), assessmentId, "\"" + version + "\"", body)
                : outcomes.assess(bearer(), body));
        if (answer == null) {
            errors.add(null, "Bedömningen kunde inte sparas: utfallstjänsten svarar inte just nu. Försök igen om en stund.");
            return again(assessmentForm.data("form", form), fields, 503);
        }
        int status = answer.getStatus();
        if (status == 200 || status == 201) {
            return Response.seeOther(URI.create("/planer/" + plan.id + "/mal/" + goal.id + "?period=" + period
                    + "&sparat=bedomning")).build();
        }
        JsonNode problem = problem(answer);
        if (status == 409 || status == 412) {
            errors.add(null, "Någon annan har ändrat bedömningen sedan du öppnade formuläret. Din text är inte sparad:"
                    + " läs den nya bedömningen på målets sida och gör om din ändring.");
            return again(assessmentForm.data("form", form), fields, 409);
        }
        explain(problem, status, errors, List.of("period", "assessedStatus", "justification", "analysis", "plannedActions",
                "forecastValue", "forecastStatus"));
        return again(assessmentForm.data("form", form), fields, status == 403 ? 403 : 400);
    }

    // --- shared ---

    private Response page(io.quarkus.qute.TemplateInstance page, int status, NewCookie cookie) {
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .entity(page.data("user", WebUser.of(identity)).render());
        return cookie == null ? answer.build() : answer.cookie(cookie).build();
    }

    /** A form shown again after a POST, with the token the POST came with. */
    private Response again(io.quarkus.qute.TemplateInstance page, MultivaluedMap<String, String> fields, int status) {
        return page(page.data("csrf", fields.getFirst(Csrf.NAME)), status, null);
    }

    /** The period the form was sent for; when it is none, the error and the plan's latest period to show the form with. */
    private String period(PlanSummary plan, MultivaluedMap<String, String> fields, FormErrors errors) {
        String period = fields.getFirst("period");
        if (period == null || PeriodOption.parse(period) == null) {
            errors.add("period", "Välj en period");
            return pages.period(plan, null);
        }
        return period;
    }

    /** outcomes-service's answer to a write, a refusal included; null when it could not be reached. */
    private static Response send(Supplier<Response> write) {
        try {
            return write.get();
        } catch (WebApplicationException e) {
            return e.getResponse();
        } catch (ProcessingException e) {
            LOG.warnf("outcomes-service could not be reached: %s", e.getMessage());
            return null;
        }
    }

    private Measurement current(Indicator indicator, Goal goal, String period, String kind) {
        return em.createQuery("from Measurement where indicatorId = :i and orgUnitId = :u and period = :p and valueKind = :k",
                Measurement.class).setParameter("i", indicator.id).setParameter("u", goal.ownerUnitId)
                .setParameter("p", period).setParameter("k", kind).getResultStream().findFirst().orElse(null);
    }

    /** The measurement as outcomes-service has it now, to show beside the value that was not saved. */
    private Conflict newerMeasurement(UUID id, String unit) {
        try {
            Response r = outcomes.measurement(bearer(), id);
            if (r.getStatus() != 200) {
                return null;
            }
            JsonNode m = readModel.mapper().readTree(r.readEntity(String.class));
            String text = "Totalt " + Sv.value(decimal(m.get("total")), unit) + ", kvinnor "
                    + Sv.value(decimal(m.get("women")), unit) + ", män " + Sv.value(decimal(m.get("men")), unit);
            return new Conflict(text, m.path("updatedBy").asText(""), m.hasNonNull("updatedAt")
                    ? Sv.time(java.time.Instant.parse(m.get("updatedAt").asText()))
                    : "", m.path("version").asLong());
        } catch (WebApplicationException | ProcessingException | java.io.IOException e) {
            return null;
        }
    }

    private static BigDecimal decimal(JsonNode n) {
        return n == null || n.isNull() ? null : n.decimalValue();
    }

    private JsonNode problem(Response answer) {
        try {
            String text = answer.readEntity(String.class);
            return text == null || text.isBlank() ? null : readModel.mapper().readTree(text);
        } catch (RuntimeException | java.io.IOException e) {
            return null;
        }
    }

    /** outcomes-service's problem+json on the form: each violation at its field, the rest at the top. */
    private static void explain(JsonNode problem, int status, FormErrors errors, List<String> formFields) {
        if (status == 403) {
            errors.add(null, "Din roll får inte spara det här. Be en rapportör eller administratör om hjälp.");
            return;
        }
        if (status == 401) {
            errors.add(null, "Din inloggning har gått ut. Logga in igen och spara på nytt.");
            return;
        }
        boolean placed = false;
        if (problem != null && problem.path("violations").isArray()) {
            for (JsonNode v : problem.get("violations")) {
                String field = v.path("field").asText("");
                String name = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
                String message = "Utfallstjänsten: " + v.path("message").asText("ogiltigt värde");
                errors.add(formFields.contains(name) ? name : null, message);
                placed = true;
            }
        }
        if (!placed) {
            errors.add(null, "Det gick inte att spara (" + status + (problem != null && problem.hasNonNull("detail")
                    ? ": " + problem.get("detail").asText()
                    : "") + ").");
        }
    }

    private String bearer() {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return token == null ? null : "Bearer " + token.getToken();
    }

    /** A number as people type it: "4,5", "4.5", "1 234,5"; empty is none. */
    static BigDecimal number(FormErrors errors, String field, String text, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replace("\u00a0", "").replace(" ", "").replace('\u2212', '-').replace(',', '.');
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            errors.add(field, label + " måste vara ett tal, till exempel 4,5");
            return null;
        }
    }

    private static String status(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String u = s.strip().toUpperCase(Locale.ROOT);
        return List.of("GREEN", "YELLOW", "RED", "NOT_MEASURABLE").contains(u) ? u : null;
    }

    private static Long version(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String canonical(String period) {
        return se.styrkort.platform.domain.Period.parse(period).toString();
    }

    private static String text(BigDecimal d) {
        return d == null ? "" : Sv.num(d).replace("\u00a0", " ");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
