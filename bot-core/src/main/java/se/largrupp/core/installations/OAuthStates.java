package se.largrupp.core.installations;

import java.time.Instant;

/** The state values of OAuth installs under way: each issued once, valid until it expires, usable once. */
public interface OAuthStates {
    void issue(String state, Instant expiresAt);

    /** True once for a state that was issued and has not expired; it is gone afterwards whatever the answer. */
    boolean consume(String state, Instant now);
}
