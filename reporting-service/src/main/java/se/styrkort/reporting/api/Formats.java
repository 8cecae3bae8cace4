package se.styrkort.reporting.api;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import se.styrkort.platform.csv.CsvTable;
import se.styrkort.platform.problem.ProblemException;

/** Content negotiation: {@code ?format=} wins, else the first of the offered media types the Accept header takes. */
public enum Formats {
    JSON(MediaType.APPLICATION_JSON),
    CSV(CsvTable.MEDIA_TYPE),
    HTML(MediaType.TEXT_HTML);

    public final String mediaType;

    Formats(String mediaType) {
        this.mediaType = mediaType;
    }

    public static Formats choose(String format, HttpHeaders headers, List<Formats> offered) {
        if (format != null && !format.isBlank()) {
            for (Formats f : offered) {
                if (f.name().equalsIgnoreCase(format.strip())) {
                    return f;
                }
            }
            throw ProblemException.badField("format", "must be one of "
                    + offered.stream().map(f -> f.name().toLowerCase()).toList());
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (Formats f : offered) {
                if (accepted.isCompatible(MediaType.valueOf(f.mediaType))) {
                    return f;
                }
            }
        }
        return offered.get(0);
    }
}
