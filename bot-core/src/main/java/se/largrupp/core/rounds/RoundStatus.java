package se.largrupp.core.rounds;

/**
 * RUNNING: a turn's clock runs. HELD: frozen by {@code hold}. INTERRUPTED: the bot was down for more than a turn;
 * it waits for {@code next}. FINISHED after the last turn, STOPPED by {@code stop}.
 */
public enum RoundStatus {
    RUNNING, HELD, INTERRUPTED, FINISHED, STOPPED;

    public boolean isOpen() {
        return this == RUNNING || this == HELD || this == INTERRUPTED;
    }
}
