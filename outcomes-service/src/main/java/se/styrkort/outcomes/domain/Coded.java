package se.styrkort.outcomes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import se.styrkort.platform.domain.Tracked;

/**
 * An entry of a register that other records name by its code (a source system, a benchmark
 * organization): the code, which stays, and the name, which may change.
 */
@MappedSuperclass
public abstract class Coded extends Tracked {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    /** Gives it another name; the same name again is no change. */
    public void rename(String newName, String user) {
        if (!name.equals(newName)) {
            name = newName;
            changed(user);
        }
    }
}
