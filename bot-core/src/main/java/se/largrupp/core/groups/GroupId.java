package se.largrupp.core.groups;

import java.util.UUID;

public record GroupId(String value) {
    public GroupId {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("group id is blank");
    }

    public static GroupId random() {
        return new GroupId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
