package se.styrkort.platform.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import se.styrkort.platform.problem.ProblemException;

/**
 * The body limit of ordinary writes for a body without Content-Length (chunked): counted as it is
 * read. A body with Content-Length is refused before it is read ({@link RequestChecks}); a bulk
 * import, which takes its body as a stream, counts it itself against its own limit.
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    @ConfigProperty(name = "styrkort.http.max-body-size", defaultValue = "1M")
    MemorySize maxBodySize;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!InputStream.class.isAssignableFrom(context.getType())) {
            context.setInputStream(new Counted(context.getInputStream(), maxBodySize.asLongValue()));
        }
        return context.proceed();
    }

    public static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(413, "Content Too Large", "The request body may have at most " + maxBytes
                + " bytes here (limit styrkort.http.max-body-size)", List.of());
    }

    private static final class Counted extends FilterInputStream {

        private final long max;
        private long count;

        Counted(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > max) {
                throw tooLarge(max);
            }
        }
    }
}
