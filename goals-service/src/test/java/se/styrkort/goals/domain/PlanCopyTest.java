package se.styrkort.goals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.styrkort.platform.domain.TargetKind;

/** How a new plan version's copies refer to each other, and the order they are written in. */
class PlanCopyTest {

    private final UUID draftId = UUID.randomUUID();
    private final PlanCopy copy = new PlanCopy(draftId, "jh-planner");

    @Test
    void parentsComeBeforeTheirChildrenAndOtherwiseTheOrderStays() {
        Node leaf = new Node("leaf");
        Node middle = new Node("middle");
        Node root = new Node("root");
        Node other = new Node("other");
        leaf.parent = middle.id;
        middle.parent = root.id;
        // A parent outside the records counts as none.
        other.parent = UUID.randomUUID();
        List<Node> ordered = PlanCopy.parentsFirst(List.of(leaf, middle, other, root), n -> n.id, n -> n.parent);
        assertThat(ordered).extracting(n -> n.name).containsExactly("other", "root", "middle", "leaf");
    }

    @Test
    void aStrategyGoesIntoTheDraftUnderANewIdThatLaterCopiesReferTo() {
        Strategy strategy = new Strategy();
        strategy.id = UUID.randomUUID();
        strategy.planId = UUID.randomUUID();
        strategy.name = "God och nära vård";
        strategy.ordinal = 2;
        Strategy copied = copy.of(strategy);
        assertThat(copied.id).isNotEqualTo(strategy.id).isEqualTo(copy.idOf(strategy.id));
        assertThat(copied.planId).isEqualTo(draftId);
        assertThat(copied.name).isEqualTo("God och nära vård");
        assertThat(copied.createdBy).isEqualTo("jh-planner");

        OverallGoal overallGoal = new OverallGoal();
        overallGoal.id = UUID.randomUUID();
        overallGoal.strategyId = strategy.id;
        overallGoal.title = "Trygg och säker vård";
        assertThat(copy.of(overallGoal).strategyId).isEqualTo(copied.id);
    }

    @Test
    void aParentGoalInThePlanMovesToItsCopyAndOneInAnotherPlanStays() {
        Goal parent = goal();
        Goal child = goal();
        child.parentGoalId = parent.id;
        Goal cascaded = goal();
        UUID boardGoal = UUID.randomUUID();
        cascaded.parentGoalId = boardGoal;
        copy.reserve(List.of(parent.id, child.id, cascaded.id));

        Goal childCopy = copy.of(child);
        assertThat(childCopy.id).isEqualTo(copy.idOf(child.id));
        assertThat(childCopy.parentGoalId).isEqualTo(copy.idOf(parent.id)).isNotEqualTo(parent.id);
        assertThat(childCopy.planId).isEqualTo(draftId);
        assertThat(copy.of(cascaded).parentGoalId).isEqualTo(boardGoal);
        assertThat(copy.of(parent).id).isEqualTo(copy.idOf(parent.id));
    }

    @Test
    void anIndicatorKeepsItsValuesAndRefersToTheCopiesOfItsGoalAndSubIndicators() {
        Goal goal = goal();
        Indicator sub = indicator(goal);
        Indicator kOfN = indicator(goal);
        kOfN.subIndicatorIds.add(sub.id);
        kOfN.externalCodes.put("kolada", "U07414");
        Target target = new Target();
        target.year = 2023;
        target.kind = TargetKind.K_OF_N;
        target.k = 1;
        kOfN.targets.add(target);
        copy.reserve(List.of(goal.id));
        copy.reserve(List.of(sub.id, kOfN.id));

        Indicator copied = copy.of(kOfN);
        assertThat(copied.goalId).isEqualTo(copy.idOf(goal.id));
        assertThat(copied.subIndicatorIds).containsExactly(copy.idOf(sub.id));
        assertThat(copied.externalCodes).containsEntry("kolada", "U07414");
        assertThat(copied.targets).singleElement().satisfies(t -> {
            assertThat(t).isNotSameAs(target);
            assertThat(t.kind).isEqualTo(TargetKind.K_OF_N);
            assertThat(t.k).isEqualTo(1);
        });
        assertThat(copied.tolerance).isEqualTo(new BigDecimal("0.5"));
    }

    private static Goal goal() {
        Goal goal = new Goal();
        goal.id = UUID.randomUUID();
        goal.planId = UUID.randomUUID();
        goal.ownerUnitId = UUID.randomUUID();
        goal.title = "Sjukfrånvaron ska minska";
        return goal;
    }

    private static Indicator indicator(Goal goal) {
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.goalId = goal.id;
        indicator.name = "Sjukfrånvaro";
        indicator.direction = Direction.LOWER_IS_BETTER;
        indicator.tolerance = new BigDecimal("0.5");
        return indicator;
    }

    private static final class Node {
        final UUID id = UUID.randomUUID();
        final String name;
        UUID parent;

        Node(String name) {
            this.name = name;
        }
    }
}
