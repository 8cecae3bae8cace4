package se.styrkort.reporting.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import se.styrkort.platform.security.Roles;
import se.styrkort.reporting.readmodel.PlanSummary;

/** The start page: the region's plans by year, with their status, a search and paging. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StartPage {

    @Inject
    @Location("web/start.html")
    Template start;

    @Inject
    @Location("web/loggedout.html")
    Template loggedOut;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(hidden = true)
    public TemplateInstance plans(@QueryParam("q") String q, @QueryParam("ar") String year,
            @QueryParam("status") String status, @QueryParam("sida") String page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        String search = q == null ? null : q.strip();
        if (search != null && !search.isEmpty()) {
            where.append(" and lower(name) like :q");
            params.put("q", "%" + search.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        Integer y = Lenient.integer(year);
        if (y != null) {
            where.append(" and fromYear <= :year and toYear >= :year");
            params.put("year", y);
        }
        String st = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (st != null) {
            where.append(" and status = :status");
            params.put("status", st);
        }
        var query = PlanSummary.<PlanSummary> find(where.toString(), Sort.by("fromYear").descending().and("name"), params);
        long total = query.count();
        int pages = (int) Math.max(1, (total + PlanList.SIZE - 1) / PlanList.SIZE);
        Integer p = Lenient.integer(page);
        int shown = p == null || p < 0 ? 0 : Math.min(p, pages - 1);
        List<PlanSummary> plans = query.page(Page.of(shown, PlanList.SIZE)).list();
        List<Integer> years = PlanSummary.getEntityManager()
                .createQuery("select distinct p.fromYear from PlanSummary p order by p.fromYear desc", Integer.class)
                .getResultList();
        return start.data("list", new PlanList(plans, search, y, st, years, shown, pages, total))
                .data("user", WebUser.of(identity));
    }

    @GET
    @Path("utloggad")
    @jakarta.annotation.security.PermitAll
    @Operation(hidden = true)
    public TemplateInstance loggedOut() {
        return loggedOut.data("user", null);
    }

}
