package se.styrkort.platform.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;

/**
 * Feeds Hibernate's {@code @TenantId} discriminator, so that every query and every insert of a
 * tenant-owned entity is scoped to the current tenant without the query having to say so.
 * Work without a tenant gets one that owns nothing.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class TokenTenantResolver implements TenantResolver {

    @Inject
    CurrentTenant tenant;

    @Override
    public String getDefaultTenantId() {
        return TenantContext.NONE;
    }

    @Override
    public String resolveTenantId() {
        return tenant.get().orElse(TenantContext.NONE);
    }
}
