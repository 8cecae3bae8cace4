package se.styrkort.reporting.web;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;

/**
 * The OIDC tenant of a request: the bearer API, health, metrics, OpenAPI and AsyncAPI keep the default
 * tenant (a bearer token, 401 without one); every other path is the web app's, whose tenant logs a
 * person in with the authorization code flow and keeps the session in a cookie.
 */
@ApplicationScoped
public class WebTenant implements TenantResolver {

    public static final String ID = "web";

    @Override
    public String resolve(RoutingContext context) {
        return isWeb(context.normalizedPath()) ? ID : null;
    }

    static boolean isWeb(String path) {
        return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/") || path.startsWith("/asyncapi"));
    }
}
