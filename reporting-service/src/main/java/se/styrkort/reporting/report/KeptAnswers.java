package se.styrkort.reporting.report;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import se.styrkort.platform.api.Page;
import se.styrkort.reporting.rollup.RollupLevel;

/**
 * Roll-up answers kept ready as the bytes sent, with their ETag and the plan read version they were
 * made at, bounded by the bytes they take ({@code styrkort.rollup-answers.max-bytes}) rather than by
 * their number, since an answer of a large plan weighs many of a small one. An answer is served only
 * while the plan's version is the one it was made at: every instance reads the version per request,
 * so a change applied by another instance is never answered stale. The consumer of this instance
 * drops a plan's answers as soon as it commits a change to them ({@link #invalidate}), so that
 * out-of-date bytes do not take the room of current ones.
 */
@ApplicationScoped
public class KeptAnswers {

    /** What an answer is of: the tenant is part of it, so one region's answer is never another's. */
    public record Key(String tenant, UUID plan, String period, RollupLevel level, String shape, int page, int size) {
    }

    /** An answer as sent: its body, media type, the paging its headers give (CSV), its tag and version. */
    public record Answer(long version, String tag, byte[] body, String mediaType, Page<?> paging) {
    }

    /** What an entry costs besides its body: the key, the record and the map's node, roughly. */
    private static final int OVERHEAD = 256;

    private final Cache<Key, Answer> answers;

    @Inject
    public KeptAnswers(@ConfigProperty(name = "styrkort.rollup-answers.max-bytes") long maxBytes,
            @ConfigProperty(name = "styrkort.rollup-answers.expire-after-access") Duration expireAfterAccess) {
        answers = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((Key key, Answer answer) -> answer.body().length + OVERHEAD)
                .expireAfterAccess(expireAfterAccess).build();
    }

    /** The kept answer at that version, or the one {@code make} gives, kept in its place. */
    public Answer of(Key key, long version, Supplier<Answer> make) {
        Answer kept = answers.getIfPresent(key);
        if (kept != null && kept.version() == version) {
            return kept;
        }
        Answer made = make.get();
        answers.put(key, made);
        return made;
    }

    /** Drops every answer of these plans of the tenant. */
    public void invalidate(String tenant, Collection<UUID> plans) {
        Set<UUID> dropped = Set.copyOf(plans);
        answers.asMap().keySet().removeIf(k -> k.tenant().equals(tenant) && dropped.contains(k.plan()));
    }

    /** How many answers are kept, and their weight in bytes (for tests and the metrics). */
    public long count() {
        answers.cleanUp();
        return answers.estimatedSize();
    }

    public long bytes() {
        return answers.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    /** Whether an answer is kept for the key (at any version). */
    public boolean holds(Key key) {
        return answers.getIfPresent(key) != null;
    }
}
