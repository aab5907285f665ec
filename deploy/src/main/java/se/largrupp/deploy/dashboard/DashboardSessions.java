package se.largrupp.deploy.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.PersonalData;
import se.largrupp.core.storage.Jdbc;

/**
 * The dashboard's sign-ins and sessions on the application database, so every instance of a cluster knows them.
 * Only a hash of the session cookie is stored; a pending sign-in lives {@link #SIGN_IN} long, a session {@link #SESSION}.
 */
public final class DashboardSessions implements PersonalData {
    static final Duration SIGN_IN = Duration.ofMinutes(10);
    static final Duration SESSION = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Jdbc jdbc;
    private final Clock clock;

    public record Pending(String nonce, String provider, Language language) {}

    public record Session(LeaderId who, String name, String csrf, Language language) {}

    public DashboardSessions(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Starts a sign-in; returns its state (the nonce goes with it). */
    public String begin(String provider, String nonce, Language language) {
        jdbc.update("DELETE FROM dashboard_signins WHERE created_at < ?", clock.instant().minus(SIGN_IN));
        String state = random();
        jdbc.update("INSERT INTO dashboard_signins (state, nonce, provider, language, created_at) VALUES (?, ?, ?, ?, ?)",
                state, nonce, provider, language.code(), clock.instant());
        return state;
    }

    /** The pending sign-in of {@code state}, used up: a state answers once. */
    public Optional<Pending> take(String state, String provider) {
        Optional<Pending> p = jdbc.queryOne("SELECT nonce, provider, language FROM dashboard_signins WHERE state = ? AND created_at >= ?",
                rs -> new Pending(rs.getString(1), rs.getString(2), Language.fromLocaleTag(rs.getString(3)).orElse(Language.SV)),
                state, clock.instant().minus(SIGN_IN)).filter(x -> x.provider().equals(provider));
        jdbc.update("DELETE FROM dashboard_signins WHERE state = ?", state);
        return p;
    }

    /** A new session; returns the cookie's value (only its hash is stored). */
    public String open(LeaderId who, String name, Language language) {
        String cookie = random();
        jdbc.update("DELETE FROM dashboard_sessions WHERE expires_at < ?", clock.instant());
        jdbc.update("INSERT INTO dashboard_sessions (session_hash, leader_key, display_name, csrf, language, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                hash(cookie), who.key(), name.length() > 300 ? name.substring(0, 300) : name, random(), language.code(),
                clock.instant().plus(SESSION));
        return cookie;
    }

    public Optional<Session> find(String cookie) {
        if (cookie == null || cookie.isBlank()) return Optional.empty();
        return jdbc.queryOne("SELECT leader_key, display_name, csrf, language FROM dashboard_sessions WHERE session_hash = ? AND expires_at > ?",
                rs -> new Session(LeaderId.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                        Language.fromLocaleTag(rs.getString(4)).orElse(Language.SV)), hash(cookie), clock.instant());
    }

    public void language(String cookie, Language language) {
        jdbc.update("UPDATE dashboard_sessions SET language = ? WHERE session_hash = ?", language.code(), hash(cookie));
    }

    public void close(String cookie) {
        if (cookie != null) jdbc.update("DELETE FROM dashboard_sessions WHERE session_hash = ?", hash(cookie));
    }

    @Override
    public void erase(LeaderId leader, String displayName, Set<ConversationRef> conversations) {
        jdbc.update("DELETE FROM dashboard_sessions WHERE leader_key = ?", leader.key());
    }

    private static String hash(String cookie) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cookie.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
