package se.styrkort.platform.tenant;

import java.util.concurrent.Callable;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

/**
 * The tenant of work that runs outside an HTTP request, such as applying a consumed event: that
 * work names its tenant explicitly (from the event's {@code ce_tenant}) for its own thread.
 * Background work that touches no tenant's rows, such as the outbox relay, runs as {@link #NONE}.
 */
public final class TenantContext {

    /** Owns no rows: work without a tenant sees no tenant data and cannot write any. */
    public static final String NONE = "-";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    /** The tenant set on this thread, or null. */
    public static String current() {
        return CURRENT.get();
    }

    /** Runs the work for the tenant, in a request context of its own when it has none (Hibernate needs one). */
    public static <T> T call(String tenant, Callable<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(tenant);
        ManagedContext requestContext = Arc.container().requestContext();
        boolean ownContext = !requestContext.isActive();
        if (ownContext) {
            requestContext.activate();
        }
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (ownContext) {
                requestContext.terminate();
            }
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

}
