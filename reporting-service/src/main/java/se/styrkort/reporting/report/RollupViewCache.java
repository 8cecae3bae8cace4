package se.styrkort.reporting.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import se.styrkort.platform.domain.Period;
import se.styrkort.platform.problem.ProblemException;
import se.styrkort.platform.tenant.CurrentTenant;
import se.styrkort.reporting.rollup.GoalLine;
import se.styrkort.reporting.rollup.RollupLevel;
import se.styrkort.reporting.rollup.Rollups;

/**
 * The roll-ups of a plan, period and level, computed once per read version of the plan. Every change
 * a roll-up could show (a goal status, a goal, its strategy, overall goal or owner unit, the plan)
 * raises the plan's version in the transaction that applies it (RollupPublisher), and each request
 * reads the version from the database: an answer is never older than the read model, on any
 * instance. An answer computed anew takes two queries (the version, the goals in both periods) where
 * the plan's structure at this version is kept (below), six where it is not; a kept answer, one.
 */
@ApplicationScoped
public class RollupViewCache {

    @Inject
    RollupViews views;

    @Inject
    DataSource dataSource;

    @Inject
    CurrentTenant tenant;

    @Inject
    Rollups rollups;

    @Inject
    @CacheName("rollup-structures")
    Cache structures;

    /**
     * The plan's read version now (0 before its first change), or 404 when the caller's organization
     * has no such plan: one query for both, since a kept answer costs little else. It goes to the
     * connection pool directly: opening a Hibernate session for it cost more than the query.
     */
    public long version(UUID plan) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select coalesce(v.version, 0) from plan_summary p
                left join plan_read_version v on v.tenant = p.tenant and v.plan_id = p.id
                where p.tenant = ? and p.id = ?""")) {
            ps.setString(1, tenant.get().orElseThrow());
            ps.setObject(2, plan);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound("plan", plan);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the version of plan " + plan, e);
        }
    }

    /**
     * The roll-ups as of the given version, computed: the answers made of them are kept as their bytes
     * (KeptAnswers), so the objects are not kept as well.
     */
    public List<RollupView> of(String tenantId, UUID plan, String period, RollupLevel level, long version) {
        return List.copyOf(views.of(views.basis(plan, Period.parse(period),
                goals -> structure(tenantId, plan, version, goals)), level));
    }

    /**
     * A plan's strategies, overall goals and units are the same for every period and level of one
     * version, so an answer computed anew reads them once per version instead of in four queries
     * each time: with many regions most answers are computed, and those queries were most of the work.
     */
    private Rollups.Structure structure(String tenantId, UUID plan, long version, List<GoalLine> goals) {
        return structures.get(new StructureKey(tenantId, plan, version), key -> rollups.structure(plan, goals))
                .await().indefinitely();
    }

    private record StructureKey(String tenant, UUID plan, long version) {
    }

    public String tenant() {
        return tenant.get().orElseThrow();
    }
}
