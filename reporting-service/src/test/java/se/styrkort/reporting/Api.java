package se.styrkort.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.awaitility.core.ThrowingRunnable;

import io.restassured.specification.RequestSpecification;
import se.styrkort.testsupport.Tokens;

/** The service's HTTP API as a demo user calls it, and the wait for the read model to show what a test fed it. */
public final class Api {

    /** How long events may take through the broker into the read model on a busy machine. */
    static final Duration FED = Duration.ofSeconds(90);

    private Api() {
    }

    /** A request with the bearer token of a demo user ({@code jh-viewer}, {@code nb-admin}, …). */
    public static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(user));
    }

    /** Waits until the assertion holds: the consumers apply what a test published a little later. */
    public static void eventually(ThrowingRunnable assertion) {
        await().atMost(FED).untilAsserted(assertion);
    }
}
