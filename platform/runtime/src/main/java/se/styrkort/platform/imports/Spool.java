package se.styrkort.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import se.styrkort.platform.problem.ProblemException;

/**
 * The request body on disk: an import is read twice (checked and counted, then written), and a
 * request can be read only once, so it is copied to a temporary file, never into memory.
 */
public final class Spool {

    private Spool() {
    }

    public static Path copy(InputStream in, long maxBytes) throws IOException {
        Path file = Files.createTempFile("styrkort-import-", ".body");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    public static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(413, "Content Too Large", "An import may have at most " + maxBytes
                + " bytes (limit styrkort.imports.max-bytes); split it into several requests", List.of());
    }

    public static ProblemException tooManyRows(long maxRows) {
        return new ProblemException(413, "Content Too Large", "An import may have at most " + maxRows
                + " rows (limit styrkort.imports.max-rows); split it into several requests", List.of());
    }
}
