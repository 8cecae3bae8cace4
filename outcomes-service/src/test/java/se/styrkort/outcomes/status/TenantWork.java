package se.styrkort.outcomes.status;

import java.util.concurrent.Callable;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.styrkort.platform.tenant.TenantContext;

/** Work done as one region's in a transaction of its own, as a consumed event's is. */
final class TenantWork {

    private TenantWork() {
    }

    static <T> T inTenant(String tenant, Callable<T> work) {
        return TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew().call(work));
    }
}
