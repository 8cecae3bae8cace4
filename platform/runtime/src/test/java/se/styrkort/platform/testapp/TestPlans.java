package se.styrkort.platform.testapp;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import se.styrkort.platform.events.Aggregate;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.Outbox;
import se.styrkort.platform.tenant.CurrentTenant;

/** The platform's test application writes plans as a service writes its aggregates: a change and its event. */
@Path("/test/plans")
public class TestPlans {

    private static final Logger LOG = Logger.getLogger(TestPlans.class);

    @Inject
    Outbox outbox;

    @Inject
    CurrentTenant tenant;

    /** A plan of the test application; only its event is written. */
    public record Plan(String aggregateId, long aggregateVersion, String tenant) implements Aggregate {

        @Override
        public String aggregateType() {
            return "plan";
        }
    }

    @POST
    @Path("{id}")
    @RolesAllowed("planner")
    @Transactional
    public Response write(@PathParam("id") String id, @QueryParam("version") long version,
            @QueryParam("name") String name) {
        Plan plan = new Plan(id, version, tenant.get().orElseThrow());
        outbox.publishAll(List.of(new Outbox.Change(plan, version == 0 ? ChangeType.CREATED : ChangeType.UPDATED,
                () -> Map.of("id", id, "name", name == null ? "Plan " + id : name))));
        LOG.infof("Wrote plan %s version %d", id, version);
        return Response.accepted().build();
    }
}
