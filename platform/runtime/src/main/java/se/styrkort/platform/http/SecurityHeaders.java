package se.styrkort.platform.http;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every HTML page an API answers (a printable report) may load nothing but its own inline styles,
 * may not be framed, is not sniffed as another type and sends no referrer. JSON and CSV answers get
 * nosniff too. A page that sets its own Content-Security-Policy (a web application's) keeps it.
 */
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @ServerResponseFilter
    public void headers(ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            // A web application's page states its own policy (it runs its scripts and posts its forms).
            if (!headers.containsKey("Content-Security-Policy")) {
                headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            }
            headers.putSingle("Referrer-Policy", "no-referrer");
            headers.putSingle("X-Frame-Options", "DENY");
        }
    }
}
