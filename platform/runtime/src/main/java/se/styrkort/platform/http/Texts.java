package se.styrkort.platform.http;

/**
 * What a text may contain: no NUL (PostgreSQL refuses the byte) and no other C0 control character
 * or DEL, except tab, line feed and carriage return, which multi-line texts need.
 */
public final class Texts {

    private Texts() {
    }

    /** The index of the first character a text may not contain, or -1. */
    public static int forbiddenAt(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    /** Why the text cannot be taken, or null when it can. */
    public static String refusal(CharSequence text) {
        int at = forbiddenAt(text);
        return at < 0 ? null
                : String.format("contains the control character U+%04X at position %d", (int) text.charAt(at), at);
    }
}
