package se.styrkort.budget.domain;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import se.styrkort.budget.api.BudgetFrameInput;
import se.styrkort.budget.api.BudgetFrameView;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.Outbox;
import se.styrkort.platform.problem.ProblemException;

/** Keeping budget frames: every change is written together with its event. */
@ApplicationScoped
public class BudgetFrames {

    @Inject
    Outbox outbox;

    @Inject
    SecurityIdentity caller;

    /** The frames matching every filter given; a null filter matches all. */
    public PanacheQuery<BudgetFrame> list(UUID orgUnitId, Integer year) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (orgUnitId != null) {
            where.add("orgUnitId = :orgUnitId");
            params.put("orgUnitId", orgUnitId);
        }
        if (year != null) {
            where.add("year = :year");
            params.put("year", year);
        }
        Sort order = Sort.by("year").descending().and("createdAt").and("id");
        return where.isEmpty() ? BudgetFrame.findAll(order) : BudgetFrame.find(String.join(" and ", where), order, params);
    }

    public Optional<BudgetFrame> find(UUID id) {
        return BudgetFrame.find("id", id).firstResultOptional();
    }

    public BudgetFrame get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("budget frame", id));
    }

    @Transactional
    public BudgetFrame create(BudgetFrameInput input) {
        BudgetFrame frame = new BudgetFrame();
        frame.id = UUID.randomUUID();
        frame.createdAt = Instant.now();
        frame.createdBy = caller.getPrincipal().getName();
        apply(frame, input);
        frame.persist();
        outbox.publish(frame, ChangeType.CREATED, BudgetFrameView.of(frame));
        return frame;
    }

    @Transactional
    public BudgetFrame update(UUID id, String ifMatch, BudgetFrameInput input) {
        BudgetFrame frame = get(id);
        Versions.requireMatch(ifMatch, frame.version);
        apply(frame, input);
        outbox.publish(frame, ChangeType.UPDATED, BudgetFrameView.of(frame));
        return frame;
    }

    private void apply(BudgetFrame frame, BudgetFrameInput input) {
        frame.orgUnitId = input.orgUnitId();
        frame.year = input.year();
        frame.kind = input.kind();
        // Stored to the öre; the input has at most two decimals, so this never rounds.
        frame.amount = input.amount().setScale(2, RoundingMode.UNNECESSARY);
        frame.updatedAt = Instant.now();
        frame.updatedBy = caller.getPrincipal().getName();
    }
}
