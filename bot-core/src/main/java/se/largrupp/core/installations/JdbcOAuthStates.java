package se.largrupp.core.installations;

import java.time.Instant;
import se.largrupp.core.storage.Jdbc;

/** OAuth states on the application's database; consuming one is a single DELETE, so a state serves one callback. */
public final class JdbcOAuthStates implements OAuthStates {
    private final Jdbc jdbc;

    public JdbcOAuthStates(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void issue(String state, Instant expiresAt) {
        // Expired states of abandoned installs are swept on the way.
        jdbc.update("DELETE FROM oauth_states WHERE expires_at < ?", expiresAt.minusSeconds(24 * 3600));
        jdbc.update("INSERT INTO oauth_states (state, expires_at) VALUES (?, ?)", state, expiresAt);
    }

    @Override
    public boolean consume(String state, Instant now) {
        if (state == null || state.isBlank()) return false;
        boolean fresh = jdbc.update("DELETE FROM oauth_states WHERE state = ? AND expires_at > ?", state, now) == 1;
        if (!fresh) jdbc.update("DELETE FROM oauth_states WHERE state = ?", state);
        return fresh;
    }
}
