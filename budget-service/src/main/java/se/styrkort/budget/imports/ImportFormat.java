package se.styrkort.budget.imports;

import java.nio.charset.Charset;

import jakarta.ws.rs.core.MediaType;

import se.styrkort.platform.imports.ImportCharset;

/** The forms a bulk import of actuals comes in, told apart by the request's Content-Type. */
public enum ImportFormat {
    /** A JSON array of rows shaped as a single actual is. */
    JSON,
    /** A header row and one row per actual; {@code ;} or {@code ,}; decimal comma or point. */
    CSV;

    public static final String CSV_MEDIA_TYPE = "text/csv";

    /** Only called for the media types the resource consumes, so one of the two matches. */
    public static ImportFormat of(MediaType type) {
        return type != null && type.isCompatible(MediaType.valueOf(CSV_MEDIA_TYPE)) ? CSV : JSON;
    }

    /** The charset the Content-Type names for a CSV body: UTF-8 unless it says windows-1252 (see {@link ImportCharset}). */
    public static Charset charset(MediaType type) {
        return ImportCharset.of(type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER));
    }
}
