package se.styrkort.testsupport.layers.sound.domain;

/** A domain type that knows nothing above it. */
public record Goal(String title) {
}
