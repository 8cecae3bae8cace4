package se.styrkort.outcomes.imports;

import java.nio.charset.Charset;

import jakarta.ws.rs.core.MediaType;

import se.styrkort.platform.imports.ImportCharset;

/** The forms a bulk import comes in, told apart by the request's Content-Type. */
public enum ImportFormat {
    /** A JSON array of rows shaped as a single measurement is. */
    JSON,
    /** A header row and one row per measurement; {@code ;} or {@code ,}; decimal comma or point. */
    CSV,
    /** Kolada's shape: {@code {"kpi", "municipality"|"ou", "period", "values": [{"gender", "value"}]}}, one or an array. */
    KOLADA;

    public static final String CSV_MEDIA_TYPE = "text/csv";
    public static final String KOLADA_MEDIA_TYPE = "application/vnd.kolada+json";

    /** Only called for the media types the resource consumes, so one of these three matches. */
    public static ImportFormat of(MediaType type) {
        if (type.isCompatible(MediaType.valueOf(CSV_MEDIA_TYPE))) {
            return CSV;
        }
        if (type.isCompatible(MediaType.valueOf(KOLADA_MEDIA_TYPE))) {
            return KOLADA;
        }
        return JSON;
    }

    /** The charset the Content-Type names for a CSV body: UTF-8 unless it says windows-1252 (see {@link ImportCharset}). */
    public static Charset charset(MediaType type) {
        return ImportCharset.of(type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER));
    }
}
