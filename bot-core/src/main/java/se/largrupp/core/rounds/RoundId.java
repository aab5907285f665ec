package se.largrupp.core.rounds;

import java.util.UUID;

public record RoundId(String value) {
    public RoundId {
        if (value == null || value.isBlank() || value.contains(":")) throw new IllegalArgumentException("bad round id: " + value);
    }

    public static RoundId random() {
        return new RoundId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
