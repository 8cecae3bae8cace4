package se.styrkort.reporting.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/** The web app's error pages: a 404 that says what was not found, in the page layout. */
public class WebErrors {

    @Inject
    @Location("web/notfound.html")
    Template notFound;

    @Inject
    @Location("web/forbidden.html")
    Template forbidden;

    @ServerExceptionMapper
    public Response rejected(Csrf.FormRejected e) {
        return Response.status(403).type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .entity(forbidden.data("user", null).render()).build();
    }

    @ServerExceptionMapper
    public Response notFound(PageNotFound e) {
        return Response.status(404).type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .entity(notFound.data("what", e.getMessage()).data("user", null).render()).build();
    }
}
