package se.styrkort.platform.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import se.styrkort.platform.problem.ProblemException;

/**
 * The character set of a text import: UTF-8 (with or without a byte order mark) unless the request's
 * {@code Content-Type} names another that the import takes, such as {@code charset=windows-1252},
 * which is what Excel on Swedish Windows saves a "CSV (semikolonavgränsad)" file in. A byte order
 * mark always means UTF-8, whatever the header says.
 */
public final class ImportCharset {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The charsets taken, by lower-case name; ISO-8859-1 is read as windows-1252, as browsers do. */
    private static final Map<String, Charset> TAKEN = Map.of("utf-8", StandardCharsets.UTF_8, "utf8",
            StandardCharsets.UTF_8, "windows-1252", WINDOWS_1252, "cp1252", WINDOWS_1252, "iso-8859-1", WINDOWS_1252,
            "latin1", WINDOWS_1252);

    private ImportCharset() {
    }

    /** The charset a {@code Content-Type}'s {@code charset} parameter names; UTF-8 when it names none. */
    public static Charset of(String charsetParameter) {
        if (charsetParameter == null || charsetParameter.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        Charset charset = TAKEN.get(charsetParameter.strip().replace("\"", "").toLowerCase(Locale.ROOT));
        if (charset == null) {
            throw ProblemException.badField("charset",
                    "'" + charsetParameter.strip() + "' is not taken: send UTF-8 or windows-1252");
        }
        return charset;
    }

    /**
     * The stream from its first character on: a UTF-8 byte order mark is skipped and makes it UTF-8.
     * Returns the charset to read the rest in.
     */
    static Charset skipByteOrderMark(BufferedInputStream in, Charset declared) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        in.reset();
        return declared;
    }

    static BufferedInputStream buffered(InputStream in) {
        return in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
    }
}
