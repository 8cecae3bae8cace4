package se.styrkort.reporting;

import java.util.concurrent.Callable;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.styrkort.platform.tenant.TenantContext;

/** Work as one organization, in a transaction of its own, as the consumers and requests do. */
public final class InTenant {

    private InTenant() {
    }

    public static <T> T call(String tenant, Callable<T> work) {
        return TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew().call(work));
    }

    /** As Region Jämtland Härjedalen, the organization of most tests. */
    public static <T> T jh(Callable<T> work) {
        return call("region-jh", work);
    }
}
