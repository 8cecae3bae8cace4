package se.styrkort.reporting.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import se.styrkort.platform.security.Roles;
import se.styrkort.reporting.readmodel.PlanSummary;
import se.styrkort.reporting.web.PlanPages.MissingLine;

/**
 * "Skicka påminnelse" on the missing-reports page: one e-mail per owner unit with missing reports in
 * the period, naming its missing indicators. The read model holds no e-mail address of a unit, so a
 * reminder goes to the tenant's address ({@code styrkort.reminders.to.<tenant>}) or else to
 * {@code styrkort.reminders.to}; with neither it is not sent and the page says so.
 */
@Path("/planer/{plan}/saknade/paminnelse")
public class Reminders {

    public static final String ENABLED = "styrkort.reminders.enabled";
    public static final String TO = "styrkort.reminders.to";

    @Inject
    PlanPages pages;

    @Inject
    Csrf csrf;

    @Inject
    Mailer mailer;

    @Inject
    Config config;

    @ConfigProperty(name = ENABLED, defaultValue = "false")
    boolean enabled;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PLANNER)
    @Operation(hidden = true)
    public Response send(@PathParam("plan") String planId, @CookieParam(Csrf.NAME) String cookie,
            MultivaluedMap<String, String> fields) {
        csrf.check(cookie, fields.getFirst(Csrf.NAME));
        if (!enabled) {
            throw new PageNotFound("sidan");
        }
        PlanSummary plan = pages.plan(planId);
        String period = pages.period(plan, fields.getFirst("period"));
        Map<UUID, List<MissingLine>> byUnit = new LinkedHashMap<>();
        for (MissingLine line : pages.missingOf(plan, period, null).lines()) {
            byUnit.computeIfAbsent(line.unitId(), u -> new ArrayList<>()).add(line);
        }
        Optional<String> to = address(plan.tenant);
        int sent = 0;
        for (List<MissingLine> lines : byUnit.values()) {
            if (to.isPresent()) {
                mailer.send(reminder(to.get(), plan, period, lines));
                sent++;
            }
        }
        return Response.seeOther(URI.create("/planer/" + plan.id + "/saknade?period=" + period + "&paminda=" + sent
                + "&utan-adress=" + (byUnit.size() - sent))).build();
    }

    Optional<String> address(String tenant) {
        Optional<String> own = config.getOptionalValue(TO + "." + tenant, String.class).filter(s -> !s.isBlank());
        return own.isPresent() ? own : config.getOptionalValue(TO, String.class).filter(s -> !s.isBlank());
    }

    static Mail reminder(String to, PlanSummary plan, String period, List<MissingLine> lines) {
        String unit = lines.get(0).unitName();
        StringBuilder text = new StringBuilder().append("Hej!\n\n").append(unit)
                .append(" har ännu inte rapporterat utfall för ").append(Sv.period(period)).append(" i ")
                .append(plan.name).append(" för dessa mätetal:\n\n");
        for (MissingLine line : lines) {
            text.append("- ").append(line.indicatorName()).append(" (mål: ").append(line.goalTitle()).append(")\n");
        }
        text.append("\nRapportera utfallen i Styrkort före delårsrapporten.\n\nDet här är en påminnelse från Styrkort.\n");
        return Mail.withText(to, "Påminnelse: " + unit + " saknar utfall för " + Sv.period(period), text.toString());
    }
}
