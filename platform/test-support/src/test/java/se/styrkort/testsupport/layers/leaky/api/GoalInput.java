package se.styrkort.testsupport.layers.leaky.api;

/** A request view the domain should never see. */
public record GoalInput(String title) {
}
