package se.styrkort.budget.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.problem.Problem;
import se.styrkort.platform.problem.ProblemException;

/** Keeping budget frames: every change is written together with its event. */
@ApplicationScoped
public class BudgetFrames extends Figures<BudgetFrame> {

    @Inject
    ChangeEvents events;

    @Inject
    AdjustmentTotals adjustmentTotals;

    @Inject
    BudgetFrameRevisions revisions;

    public BudgetFrames() {
        super(BudgetFrame.class, "budget frame");
    }

    /** The frames matching every filter given; a null filter matches all. */
    public PanacheQuery<BudgetFrame> list(UUID orgUnitId, Integer year) {
        Filters filters = new Filters()
                .where("orgUnitId = :orgUnitId", "orgUnitId", orgUnitId)
                .where("year = :year", "year", year);
        return matching(filters, Sort.by("year").descending().and("createdAt").and("id"));
    }

    /** The frames of one year and kind, of the given org units or of all when none are given. */
    public List<BudgetFrame> ofYear(int year, FrameKind kind, List<UUID> orgUnitIds) {
        Sort order = Sort.by("orgUnitId");
        return orgUnitIds.isEmpty() ? BudgetFrame.list("year = ?1 and kind = ?2", order, year, kind)
                : BudgetFrame.list("year = ?1 and kind = ?2 and orgUnitId in ?3", order, year, kind, orgUnitIds);
    }

    /** The frame as it stands now: adopted plus its adjustments. */
    public Amounts current(BudgetFrame frame) {
        return frame.adopted().plus(adjustmentTotals.of(frame.id));
    }

    /** Sets a frame; a second one for the same org unit, year and kind clashes with the database's unique rule. */
    @Transactional
    public BudgetFrame create(BudgetFrameInput input) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (orgUnits.find(input.orgUnitId()).isEmpty()) {
            violations.add(new Problem.Violation("orgUnitId", OrgUnits.UNKNOWN));
        }
        List<BudgetLine> lines = BudgetLines.from(input.lines(), violations);
        BudgetFrame frame = new BudgetFrame();
        frame.orgUnitId = input.orgUnitId();
        frame.year = input.year();
        frame.kind = input.kind();
        frame.lines.addAll(lines);
        return insert(frame);
    }

    /** Changes the adopted lines or the kind; the org unit and year stay, as adjustments refer to them. */
    @Transactional
    public BudgetFrame update(UUID id, String ifMatch, BudgetFrameInput input) {
        BudgetFrame frame = current(id, ifMatch);
        if (!frame.orgUnitId.equals(input.orgUnitId())) {
            throw ProblemException.badField("orgUnitId", "a frame stays with its org unit; set a new frame instead");
        }
        if (frame.year != input.year()) {
            throw ProblemException.badField("year", "a frame stays with its year; set a new frame instead");
        }
        List<BudgetLine> lines = BudgetLines.from(input.lines());
        frame.kind = input.kind();
        frame.lines.clear();
        frame.lines.addAll(lines);
        return revise(frame);
    }

    /** An adjustment of the frame changed its current value: a new version of the frame, with its event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void adjusted(BudgetFrame frame) {
        revise(frame);
    }

    /** A frame keeps its own revisions instead of the change history. */
    @Override
    protected void publish(BudgetFrame frame, ChangeType type) {
        revisions.record(frame, events.publish(frame, type), type);
    }
}
