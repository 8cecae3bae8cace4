package se.styrkort.testsupport.layers.readmodel.readmodel;

/** A copy of another service's goal, which the read model's rules count. */
public record Goal(String title, String status) {
}
