package se.styrkort.platform.tenant;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import se.styrkort.platform.security.RoleHierarchy;

/**
 * The tenant (the {@code org} claim of the caller's token, a region such as {@code region-jh}) that
 * the current work acts for: the one set explicitly on this thread, else the caller's.
 */
@ApplicationScoped
public class CurrentTenant {

    @Inject
    CurrentIdentityAssociation identities;

    public Optional<String> get() {
        String explicit = TenantContext.current();
        if (explicit != null) {
            return Optional.of(explicit);
        }
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        SecurityIdentity identity = identities.getIdentity();
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.getAttribute(RoleHierarchy.TENANT_ATTRIBUTE));
    }
}
