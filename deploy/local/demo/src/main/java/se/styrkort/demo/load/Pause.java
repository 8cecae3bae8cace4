package se.styrkort.demo.load;

import se.styrkort.demo.http.LoadFailure;

/** The wait between two tries while a service catches up with events. */
final class Pause {

    private Pause() {
    }

    static void briefly() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure("interrupted", e);
        }
    }
}
