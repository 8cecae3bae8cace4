package se.styrkort.platform.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens that OIDC has verified, kept with their identity until the token expires (and for
 * at most {@code styrkort.security.keep-verified-tokens-for}, 5 minutes by default). A BI tool, a
 * feed or a browser sends the same token with every request, and checking its signature and claims
 * again was a quarter of the CPU a kept roll-up answer cost (BENCHMARKS.md).
 *
 * <p>
 * Only a token that verified is kept, under its exact text; any other string (tampered, expired,
 * never seen) is not found here and goes to OIDC as before. Since the services verify tokens
 * locally against the issuer's keys and never ask the issuer about a token, a kept token is
 * accepted exactly as long as it would be verified; the only difference is a key that the issuer
 * withdraws, which a kept token outlives by at most the keeping time. A kept identity carries the
 * token's principal, credentials, roles and tenant, not the request it first came with.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private record Kept(SecurityIdentity identity, long expiresAtMillis) {
    }

    /** Marks an identity taken from here, so that it is not kept again. */
    static final String KEPT_ATTRIBUTE = "styrkort.verified-token";

    /** The request-bound attributes OIDC adds to an identity; they are replaced on every request. */
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    @ConfigProperty(name = "styrkort.security.keep-verified-tokens-for", defaultValue = "PT5M")
    Duration keepFor;

    @ConfigProperty(name = "styrkort.security.verified-tokens", defaultValue = "1000")
    long maximum;

    @Inject
    MeterRegistry registry;

    private Cache<String, Kept> kept;
    private Counter hits;

    @PostConstruct
    void create() {
        hits = Counter.builder("styrkort.verified.tokens.kept")
                .description("Requests whose bearer token was verified before and kept").register(registry);
        kept = Caffeine.newBuilder().maximumSize(Math.max(0, maximum)).expireAfter(new Expiry<String, Kept>() {
            @Override
            public long expireAfterCreate(String token, Kept k, long now) {
                return TimeUnit.MILLISECONDS.toNanos(Math.max(0, k.expiresAtMillis() - System.currentTimeMillis()));
            }

            @Override
            public long expireAfterUpdate(String token, Kept k, long now, long left) {
                return expireAfterCreate(token, k, now);
            }

            @Override
            public long expireAfterRead(String token, Kept k, long now, long left) {
                return left;
            }
        }).build();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Runs before OIDC's provider (which has the default, SYSTEM_FIRST + 1): a kept token's identity,
     * or nothing, and OIDC verifies the token.
     */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 2;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        Kept k = kept.getIfPresent(request.getToken().getToken());
        if (k == null || k.expiresAtMillis() <= System.currentTimeMillis()) {
            return Uni.createFrom().nullItem();
        }
        hits.increment();
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(k.identity());
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing != null) {
            identity.addAttribute(ROUTING_CONTEXT, routing);
            Object requestContext = routing.get(REQUEST_CONTEXT);
            if (requestContext != null) {
                identity.addAttribute(REQUEST_CONTEXT, requestContext);
            }
        }
        return Uni.createFrom().item(identity.build());
    }

    /** Keeps an identity OIDC has just made from a verified token; called last of the augmentors. */
    void keep(SecurityIdentity identity) {
        if (maximum <= 0 || keepFor.isZero() || keepFor.isNegative() || identity.isAnonymous()
                || identity.getAttribute(KEPT_ATTRIBUTE) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null || token.getToken() == null || !token.getToken().equals(jwt.getRawToken())) {
            return;
        }
        long until = Math.min(jwt.getExpirationTime() * 1000, System.currentTimeMillis() + keepFor.toMillis());
        if (until <= System.currentTimeMillis()) {
            return;
        }
        QuarkusSecurityIdentity.Builder stripped = QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials()).addRoles(identity.getRoles())
                .addAttribute(KEPT_ATTRIBUTE, Boolean.TRUE);
        for (Map.Entry<String, Object> a : identity.getAttributes().entrySet()) {
            if (!a.getKey().equals(ROUTING_CONTEXT) && !a.getKey().equals(REQUEST_CONTEXT) && a.getValue() != null) {
                stripped.addAttribute(a.getKey(), a.getValue());
            }
        }
        kept.put(token.getToken(), new Kept(stripped.build(), until));
    }

    /** Whether this token is kept now (its next request skips the verification). */
    public boolean keeps(String token) {
        Kept k = kept.getIfPresent(token);
        return k != null && k.expiresAtMillis() > System.currentTimeMillis();
    }

    /** Runs after every other augmentor, so that what is kept is the identity a request finally gets. */
    @ApplicationScoped
    public static class Keeper implements SecurityIdentityAugmentor {

        @Inject
        VerifiedTokens tokens;

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            tokens.keep(identity);
            return Uni.createFrom().item(identity);
        }
    }
}
