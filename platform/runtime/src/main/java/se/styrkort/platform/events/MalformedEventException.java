package se.styrkort.platform.events;

/** An event a consumer cannot read; it goes to the topic's {@code .dlq} with this message. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
