package se.styrkort.platform.events;

public enum ChangeType {
    CREATED,
    UPDATED,
    DELETED
}
