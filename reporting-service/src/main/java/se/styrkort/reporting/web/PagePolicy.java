package se.styrkort.reporting.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The web application's pages load their script, styles and images from the service itself, open
 * the live stream back to it, and are never framed. Unlike the API's HTML answers they run a script
 * and post forms (to the service, and on to the issuer when logging out), so they state this policy
 * and the platform's stricter one stays for the API.
 */
public class PagePolicy {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    @ServerResponseFilter
    public void policy(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE) && WebTenant.isWeb(request.getUriInfo().getPath())) {
            response.getHeaders().putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
    }
}
