package se.styrkort.demo.data;

import java.util.List;

/**
 * An organization's org unit tree as the seeds name it. {@code users} is the prefix of the
 * organization's demo users ({@code jh} for jh-admin, jh-planner, …).
 */
public record OrgUnitsFile(String type, String organization, String users, List<String> notes, List<Unit> units) {

    /** One org unit; {@code key} is how the other data files refer to it, {@code parent} a key. */
    public record Unit(String key, String name, String kind, String parent, String code, String source) {
    }
}
