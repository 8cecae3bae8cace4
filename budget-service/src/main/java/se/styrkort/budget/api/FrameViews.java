package se.styrkort.budget.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrkort.budget.domain.AdjustmentTotals;
import se.styrkort.budget.domain.Amounts;
import se.styrkort.budget.domain.BudgetFrame;
import se.styrkort.budget.domain.BudgetFrameRevision;

/** Budget frames as the API shows them, each with the sum of its adjustments, and their revisions. */
@ApplicationScoped
public class FrameViews {

    @Inject
    AdjustmentTotals adjustmentTotals;

    @Inject
    ObjectMapper mapper;

    public BudgetFrameView of(BudgetFrame frame) {
        return BudgetFrameView.of(frame, adjustmentTotals.of(frame.id));
    }

    /** Views of many frames, their adjustments read in one query. */
    public List<BudgetFrameView> of(List<BudgetFrame> frames) {
        Map<UUID, Amounts> totals = adjustmentTotals.of(frames.stream().map(f -> f.id).toList());
        return frames.stream().map(f -> BudgetFrameView.of(f, totals.getOrDefault(f.id, Amounts.ZERO))).toList();
    }

    /** One version of a frame with the state its event carried, read as the view it has the fields of. */
    public BudgetFrameRevisionView revision(BudgetFrameRevision revision) {
        try {
            return new BudgetFrameRevisionView(revision.version, revision.changeType, revision.changedAt,
                    revision.changedBy, mapper.readValue(revision.state, BudgetFrameView.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read revision " + revision.id, e);
        }
    }
}
