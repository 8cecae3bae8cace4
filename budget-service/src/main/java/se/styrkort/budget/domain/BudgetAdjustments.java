package se.styrkort.budget.domain;

import java.math.RoundingMode;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.problem.ProblemException;

/**
 * Keeping budget adjustments. Each write also makes a new version of its frame, whose current
 * value it changes, so both events leave in the same transaction.
 */
@ApplicationScoped
public class BudgetAdjustments extends Figures<BudgetAdjustment> {

    @Inject
    ChangeEvents events;

    @Inject
    BudgetFrames frames;

    public BudgetAdjustments() {
        super(BudgetAdjustment.class, "budget adjustment");
    }

    /** The adjustments matching every filter given: the frame's org unit, and the effective year. */
    public PanacheQuery<BudgetAdjustment> list(UUID orgUnitId, Integer year) {
        Filters filters = new Filters()
                .where("frameId in (select f.id from BudgetFrame f where f.orgUnitId = :orgUnitId)", "orgUnitId", orgUnitId)
                .where("effectiveYear = :year", "year", year);
        return matching(filters, Sort.by("effectiveYear").descending().and("createdAt").and("id"));
    }

    @Transactional
    public BudgetAdjustment create(BudgetAdjustmentInput input) {
        BudgetFrame frame = frameOf(input);
        BudgetAdjustment adjustment = new BudgetAdjustment();
        adjustment.frameId = frame.id;
        apply(adjustment, input);
        insert(adjustment);
        frames.adjusted(frame);
        return adjustment;
    }

    @Transactional
    public BudgetAdjustment update(UUID id, String ifMatch, BudgetAdjustmentInput input) {
        BudgetAdjustment adjustment = current(id, ifMatch);
        if (!adjustment.frameId.equals(input.frameId())) {
            throw ProblemException.badField("frameId", "an adjustment stays with its frame; record a new one instead");
        }
        BudgetFrame frame = frameOf(input);
        apply(adjustment, input);
        revise(adjustment);
        frames.adjusted(frame);
        return adjustment;
    }

    /** The frame adjusted; another region's frame is as unknown as one that does not exist. */
    private BudgetFrame frameOf(BudgetAdjustmentInput input) {
        BudgetFrame frame = BudgetFrame.<BudgetFrame> find("id", input.frameId()).firstResultOptional()
                .orElseThrow(() -> ProblemException.badField("frameId", "no budget frame with this id"));
        if (frame.year != input.effectiveYear()) {
            throw ProblemException.badField("effectiveYear", "the frame is for " + frame.year);
        }
        return frame;
    }

    private void apply(BudgetAdjustment adjustment, BudgetAdjustmentInput input) {
        adjustment.effectiveYear = input.effectiveYear();
        adjustment.kind = input.kind();
        adjustment.part = input.part() == null ? BudgetPart.OFFICIALS : input.part();
        // Stored to the öre; the input has at most two decimals, so this never rounds.
        adjustment.amount = input.amount().setScale(2, RoundingMode.UNNECESSARY);
        adjustment.reason = input.reason().strip();
        adjustment.decisionRef = input.decisionRef();
    }

    /** An adjustment is published without an entry in the change history. */
    @Override
    protected void publish(BudgetAdjustment adjustment, ChangeType type) {
        events.publish(adjustment, type);
    }
}
