package se.styrkort.platform.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import se.styrkort.platform.events.Aggregate;

/**
 * What every aggregate of every service has: id and tenant ({@link TenantRow}), version (the ETag
 * and the event version), and who created and last changed it.
 */
@MappedSuperclass
public abstract class Tracked extends TenantRow implements Aggregate {

    @Version
    public long version;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public String createdBy;

    @Column(nullable = false)
    public Instant updatedAt;

    @Column(nullable = false)
    public String updatedBy;

    public void created(String user) {
        id = Ids.next();
        createdAt = Instant.now();
        createdBy = user;
        changed(user);
    }

    public void changed(String user) {
        updatedAt = Instant.now();
        updatedBy = user;
    }

    @Override
    public String aggregateId() {
        return id.toString();
    }

    @Override
    public String tenant() {
        return tenant;
    }

    @Override
    public long aggregateVersion() {
        return version;
    }
}
