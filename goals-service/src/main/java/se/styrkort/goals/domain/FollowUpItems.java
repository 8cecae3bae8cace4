package se.styrkort.goals.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Filters;

/**
 * Keeping the follow-up and meeting plan: every change is written together with its event. Like
 * meetings themselves, items move during the year, so adoption does not freeze them.
 */
@ApplicationScoped
public class FollowUpItems extends Aggregates<FollowUpItem, FollowUpItemInput> {

    @Inject
    Plans plans;

    @Inject
    OrgUnits units;

    FollowUpItems() {
        super(FollowUpItem.class, "follow-up item");
    }

    public PanacheQuery<FollowUpItem> list(UUID planId, UUID unitId, LocalDate from, LocalDate to, String text) {
        Filters c = new Filters()
                .where("planId = :planId", "planId", planId)
                .where("bodyUnitId = :unitId", "unitId", unitId)
                .where("date >= :from", "from", from)
                .where("date <= :to", "to", to)
                .contains("topic", text);
        return FollowUpItem.find(c.query(), Sort.by("date").and("createdAt").and("id"), c.values());
    }

    @Override
    protected FollowUpItem start(FollowUpItemInput input) {
        plans.require("planId", input.planId());
        FollowUpItem item = new FollowUpItem();
        item.planId = input.planId();
        return item;
    }

    @Override
    protected void keep(FollowUpItem item, FollowUpItemInput input) {
        stays(item.planId, input.planId(), "planId", "a follow-up item stays in its plan");
    }

    @Override
    protected void apply(FollowUpItem item, FollowUpItemInput input) {
        if (!input.bodyUnitId().equals(item.bodyUnitId)) {
            units.requireActive("bodyUnitId", input.bodyUnitId());
        }
        item.date = input.date();
        item.bodyUnitId = input.bodyUnitId();
        item.topic = input.topic().strip();
        item.responsibleRole = input.responsibleRole();
    }
}
