package se.largrupp.slack.installation;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.service.OAuthStateService;
import java.time.Clock;
import se.largrupp.core.installations.OAuthStates;

/**
 * Bolt's OAuth state store on the application's database: a state is issued with the install page (also in a
 * {@code Secure; HttpOnly} cookie, by Bolt's default), lives ten minutes, must come back in both the query and the
 * cookie of the same browser, and is taken from the store by the check itself, so a second callback with it fails.
 */
public final class StoredOAuthStates implements OAuthStateService {
    public static final String COOKIE = "largrupp-slack-oauth-state";
    private final OAuthStates states;
    private final Clock clock;

    public StoredOAuthStates(OAuthStates states, Clock clock) {
        this.states = states;
        this.clock = clock;
    }

    @Override
    public String getSessionCookieName() {
        return COOKIE;
    }

    @Override
    public void addNewStateToDatastore(String state) {
        states.issue(state, clock.instant().plusSeconds(getExpirationInSeconds()));
    }

    /** Consumes: the one check that passes also removes the state, so two racing callbacks cannot both pass. */
    @Override
    public boolean isAvailableInDatabase(String state) {
        return states.consume(state, clock.instant());
    }

    @Override
    public boolean isValid(Request request) {
        String given = extractStateFromQueryString(request);
        String inCookie = extractStateFromSession(request);
        boolean matches = given != null && !given.isBlank() && given.equals(inCookie);
        // Consumed even when the cookie does not match: a state seen once with a forged cookie is spent.
        boolean fresh = given != null && isAvailableInDatabase(given);
        return matches && fresh;
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        // Already taken from the store by isValid.
    }
}
