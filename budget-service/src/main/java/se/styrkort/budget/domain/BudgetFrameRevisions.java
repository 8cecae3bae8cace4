package se.styrkort.budget.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.events.ChangeType;

/** The history of each frame: every version kept with who wrote it and when. */
@ApplicationScoped
public class BudgetFrameRevisions {

    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(BudgetFrame frame, Object state, ChangeType changeType) {
        BudgetFrameRevision revision = new BudgetFrameRevision();
        revision.versionOf(frame, changeType, state, mapper);
        revision.frameId = frame.id;
        revision.persist();
    }

    /** Oldest first. */
    public PanacheQuery<BudgetFrameRevision> of(UUID frameId) {
        return BudgetFrameRevision.find("frameId", Sort.by("version"), frameId);
    }
}
