package se.styrkort.outcomes.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.problem.ProblemException;

/** The benchmark organizations of a region (riket, a comparison region): the org units of benchmark series. */
@ApplicationScoped
public class BenchmarkOrganizations {

    @Inject
    Actors actors;

    public PanacheQuery<BenchmarkOrganization> list() {
        return BenchmarkOrganization.findAll(Sort.by("code"));
    }

    public BenchmarkOrganization get(UUID id) {
        return BenchmarkOrganization.<BenchmarkOrganization> find("id", id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("benchmark organization", id));
    }

    public Optional<BenchmarkOrganization> byCode(String code) {
        return BenchmarkOrganization.find("code", normalize(code)).firstResultOptional();
    }

    /** Every benchmark organization of the tenant by code: a handful, read at once. */
    public Map<String, UUID> idsByCode() {
        return BenchmarkOrganization.<BenchmarkOrganization> listAll().stream()
                .collect(Collectors.toMap(b -> b.code, b -> b.id));
    }

    public List<UUID> ids() {
        return BenchmarkOrganization.<BenchmarkOrganization> listAll().stream().map(b -> b.id).toList();
    }

    @Transactional
    public BenchmarkOrganization create(String code, String name) {
        if (byCode(code).isPresent()) {
            throw ProblemException.conflict("There is a benchmark organization with the code " + normalize(code) + " already");
        }
        BenchmarkOrganization b = new BenchmarkOrganization();
        b.created(actors.current());
        b.code = normalize(code);
        b.name = name;
        b.persist();
        return b;
    }

    @Transactional
    public BenchmarkOrganization rename(UUID id, String ifMatch, String name) {
        BenchmarkOrganization b = get(id);
        Versions.requireMatch(ifMatch, b.version);
        b.rename(name, actors.current());
        return b;
    }

    /** Targets name benchmark organizations as people write them ("Riket", " riket"). */
    public static String normalize(String code) {
        return code == null ? null : code.strip().toLowerCase(Locale.ROOT);
    }
}
