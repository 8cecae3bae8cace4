package se.styrkort.reporting.web;

import java.util.UUID;
import java.util.function.Function;

/**
 * What a link or a form carries, read leniently: blank or unreadable is null, and the page shows
 * its default (or "not found") rather than an error about a parameter a person never typed.
 */
final class Lenient {

    private Lenient() {
    }

    static UUID uuid(String text) {
        return read(text, UUID::fromString);
    }

    static Integer integer(String text) {
        return read(text, Integer::valueOf);
    }

    private static <T> T read(String text, Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
