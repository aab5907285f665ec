package se.largrupp.deploy.dashboard;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;

/** A platform the organisation already signs in with: OpenID Connect's authorize redirect and its callback. */
public interface SignInProvider {
    /** What both providers are asked for, space-separated as OpenID Connect wants it. */
    String SCOPES = String.join(" ", "openid", "profile", "email");

    /** The path segment: {@code slack} for {@code /admin/signin/slack}. */
    String key();

    URI authorize(String state, String nonce, URI redirect);

    /** Exchanges the callback's code and identifies the person, or empty when anything does not check out. */
    Optional<Identity> complete(String code, URI redirect, String nonce);

    /** @param addresses e-mail addresses the provider vouches for (a Teams admin may be configured by address) */
    record Identity(LeaderId who, String name, List<String> addresses) {}
}
