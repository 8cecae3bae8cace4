package se.styrkort.budget.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.budget.api.BudgetFrameView;
import se.styrkort.platform.domain.Ids;
import se.styrkort.platform.events.ChangeType;

/** The history of each frame: every version kept with who wrote it and when. */
@ApplicationScoped
public class BudgetFrameRevisions {

    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(BudgetFrameView state, ChangeType changeType) {
        BudgetFrameRevision revision = new BudgetFrameRevision();
        revision.id = Ids.next();
        revision.frameId = state.id();
        revision.version = state.version();
        revision.changeType = changeType;
        revision.changedAt = state.updatedAt();
        revision.changedBy = state.updatedBy();
        revision.state = write(state);
        revision.persist();
    }

    /** Oldest first. */
    public PanacheQuery<BudgetFrameRevision> of(UUID frameId) {
        return BudgetFrameRevision.find("frameId", Sort.by("version"), frameId);
    }

    public BudgetFrameView state(BudgetFrameRevision revision) {
        try {
            return mapper.readValue(revision.state, BudgetFrameView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read revision " + revision.id, e);
        }
    }

    private String write(BudgetFrameView state) {
        try {
            return mapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the state of frame " + state.id(), e);
        }
    }
}
