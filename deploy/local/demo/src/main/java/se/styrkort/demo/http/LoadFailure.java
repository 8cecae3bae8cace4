package se.styrkort.demo.http;

/** A call the demo cannot do without: the load stops and says which and why. */
public class LoadFailure extends RuntimeException {

    public LoadFailure(String message) {
        super(message);
    }

    public LoadFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
