package se.styrkort.outcomes.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import se.styrkort.platform.tenant.TenantContext;

/**
 * Who a change is recorded as made by: the caller of a request, or this service itself when the
 * change follows from an event of another service (a target changed, a financial indicator).
 */
@ApplicationScoped
public class Actors {

    /** The name changes that follow from consumed events are recorded under. */
    public static final String SERVICE = "outcomes-service";

    @Inject
    CurrentIdentityAssociation identities;

    public String current() {
        // Work for an explicitly named tenant is a consumed event's, not a caller's.
        if (TenantContext.current() != null || !Arc.container().requestContext().isActive()) {
            return SERVICE;
        }
        SecurityIdentity identity = identities.getIdentity();
        return identity == null || identity.isAnonymous() ? SERVICE : identity.getPrincipal().getName();
    }
}
