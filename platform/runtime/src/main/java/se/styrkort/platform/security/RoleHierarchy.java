package se.styrkort.platform.security;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns a token into Styrkort's identity: the tenant from the {@code org} claim, and the roles it
 * implies (every role may read; admin may do everything). A token without a tenant gets no role
 * at all, so it can authenticate but never reach data.
 */
@ApplicationScoped
public class RoleHierarchy implements SecurityIdentityAugmentor {

    public static final String TENANT_ATTRIBUTE = "styrkort.tenant";

    private static final Map<String, Set<String>> IMPLIED = Map.of(
            Roles.ADMIN, Set.of(Roles.VIEWER, Roles.REPORTER, Roles.PLANNER, Roles.ECONOMIST, Roles.FEED),
            Roles.REPORTER, Set.of(Roles.VIEWER),
            Roles.PLANNER, Set.of(Roles.VIEWER),
            Roles.ECONOMIST, Set.of(Roles.VIEWER),
            Roles.FEED, Set.of(Roles.VIEWER));

    @ConfigProperty(name = "styrkort.tenant-claim", defaultValue = "org")
    String tenantClaim;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        String tenant = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(tenantClaim) : null;
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addPermissionChecker(identity::checkPermission);
        if (tenant != null && !tenant.isBlank()) {
            builder.addAttribute(TENANT_ATTRIBUTE, tenant).addRoles(withImplied(identity.getRoles()));
            // Every log line of the request names its tenant and user (the JSON logs' mdc).
            MDC.put("tenant", tenant);
        }
        MDC.put("user", identity.getPrincipal().getName());
        return Uni.createFrom().item(builder.build());
    }

    static Set<String> withImplied(Set<String> roles) {
        Set<String> all = new HashSet<>(roles);
        for (String role : roles) {
            all.addAll(IMPLIED.getOrDefault(role, Set.of()));
        }
        return all;
    }
}
