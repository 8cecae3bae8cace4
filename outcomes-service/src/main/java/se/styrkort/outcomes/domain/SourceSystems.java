package se.styrkort.outcomes.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Ids;
import se.styrkort.platform.problem.Problem;
import se.styrkort.platform.problem.ProblemException;

/** The source systems of a region and their code maps: how an external code becomes one of our ids. */
@ApplicationScoped
public class SourceSystems extends CodedRegister<SourceSystem> {

    @Inject
    Plans plans;

    SourceSystems() {
        super(SourceSystem.class, SourceSystem::new, "source system");
    }

    /**
     * The source system of a code, whatever its case: feeds and documents write "Kolada" and
     * "kolada" alike. Should two codes differ only in case, the exact one is taken.
     */
    @Override
    public Optional<SourceSystem> byCode(String code) {
        return SourceSystem.<SourceSystem> find("lower(code) = ?1 order by case when code = ?2 then 0 else 1 end, code",
                code.toLowerCase(Locale.ROOT), code).firstResultOptional();
    }

    public PanacheQuery<SourceCode> codes(UUID systemId, CodeKind kind) {
        get(systemId);
        Sort order = Sort.by("kind").and("code");
        return kind == null ? SourceCode.find("sourceSystemId", order, systemId)
                : SourceCode.find("sourceSystemId = ?1 and kind = ?2", order, systemId, kind);
    }

    /** Maps a code to one of our ids, or maps it anew; answers the mapping. */
    @Transactional
    public SourceCode map(UUID systemId, CodeKind kind, String code, UUID targetId) {
        get(systemId);
        // A code stands for an indicator or org unit of the caller's organization, never for an unknown id.
        KnownReferences known = new KnownReferences(plans);
        boolean exists = kind == CodeKind.INDICATOR ? known.indicator(targetId).isPresent() : known.unitKnown(targetId);
        if (!exists) {
            throw new ProblemException(422, "Unprocessable Content", "The code cannot point at an unknown target",
                    List.of(new Problem.Violation("targetId", "no " + (kind == CodeKind.INDICATOR ? "indicator" : "org unit")
                            + " with this id in your organization")));
        }
        SourceCode mapping = find(systemId, kind, code).orElseGet(() -> {
            SourceCode created = new SourceCode();
            created.id = Ids.next();
            created.sourceSystemId = systemId;
            created.kind = kind;
            created.code = code;
            return created;
        });
        mapping.targetId = targetId;
        mapping.updatedAt = Instant.now();
        mapping.updatedBy = actors.current();
        mapping.persist();
        return mapping;
    }

    @Transactional
    public void unmap(UUID systemId, CodeKind kind, String code) {
        get(systemId);
        find(systemId, kind, code).orElseThrow(() -> ProblemException.notFound(kind + " code", code)).delete();
    }

    /** Our id for a code of the source system with the given code, if both are known. */
    public Optional<UUID> resolve(String systemCode, CodeKind kind, String code) {
        return byCode(systemCode).flatMap(system -> find(system.id, kind, code)).map(mapping -> mapping.targetId);
    }

    /** A code in any case, as feeds write Kolada's "N00945" and "n00945" alike; the exact one first should both be mapped. */
    private Optional<SourceCode> find(UUID systemId, CodeKind kind, String code) {
        return SourceCode.find("sourceSystemId = ?1 and kind = ?2 and lower(code) = ?3"
                + " order by case when code = ?4 then 0 else 1 end, code", systemId, kind, code.toLowerCase(Locale.ROOT), code)
                .firstResultOptional();
    }
}
