package se.styrkort.reporting.web;

/** A page about something the caller's organization does not have: answered by the 404 page, never with data. */
public class PageNotFound extends RuntimeException {

    public PageNotFound(String what) {
        super(what, null, false, false);
    }
}
