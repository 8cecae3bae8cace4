package se.styrkort.demo.load;

/** One line per step on standard output; deploy/local/up prefixes and keeps it in logs/demo.log. */
public final class Log {

    private Log() {
    }

    public static void info(String message) {
        System.out.println(message);
        System.out.flush();
    }
}
