package se.styrkort.reporting.web;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import se.styrkort.platform.security.RoleHierarchy;
import se.styrkort.platform.security.Roles;

/** Who is logged in, as the page header and the edit controls need it. */
public record WebUser(String name, String organization, boolean canReport) {

    public static WebUser of(SecurityIdentity identity) {
        String name = identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("preferred_username") != null) {
            name = jwt.getClaim("preferred_username");
        }
        return new WebUser(name, identity.getAttribute(RoleHierarchy.TENANT_ATTRIBUTE), identity.hasRole(Roles.REPORTER));
    }
}
