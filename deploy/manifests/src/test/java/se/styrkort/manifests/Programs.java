package se.styrkort.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the programs the tests drive (kubectl, node) to their end. */
final class Programs {

    private Programs() {
    }

    /** What the command printed on standard output; an AssertionError with its standard error if it fails. */
    static byte[] output(List<String> command, Path dir, String what) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(what + " failed: " + err);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
