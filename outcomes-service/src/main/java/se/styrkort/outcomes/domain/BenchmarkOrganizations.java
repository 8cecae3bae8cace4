package se.styrkort.outcomes.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/** The benchmark organizations of a region (riket, a comparison region): the org units of benchmark series. */
@ApplicationScoped
public class BenchmarkOrganizations extends CodedRegister<BenchmarkOrganization> {

    BenchmarkOrganizations() {
        super(BenchmarkOrganization.class, BenchmarkOrganization::new, "benchmark organization");
    }

    @Override
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

    @Override
    protected String kept(String code) {
        return normalize(code);
    }

    /** Targets name benchmark organizations as people write them ("Riket", " riket"). */
    public static String normalize(String code) {
        return code == null ? null : code.strip().toLowerCase(Locale.ROOT);
    }
}
