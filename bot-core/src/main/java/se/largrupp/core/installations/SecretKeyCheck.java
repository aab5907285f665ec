package se.largrupp.core.installations;

import java.util.Optional;
import se.largrupp.core.storage.Jdbc;

/**
 * Start-up's question whether {@code LARGRUPP_SECRET_KEY} is the key the stored tokens were encrypted with. The first
 * start records the key's fingerprint; a later start with another key is refused with a message saying so, rather
 * than failing on every token later.
 */
public final class SecretKeyCheck {
    private SecretKeyCheck() {}

    public static void verify(Jdbc jdbc, TokenCipher cipher) {
        Optional<String> stored = jdbc.queryOne("SELECT fingerprint FROM secret_key_check WHERE id = 1", rs -> rs.getString(1));
        if (stored.isEmpty()) {
            jdbc.update("INSERT INTO secret_key_check (id, fingerprint) VALUES (1, ?)", cipher.fingerprint());
            return;
        }
        if (stored.get().equals(cipher.fingerprint())) return;
        boolean tokens = jdbc.queryOne("SELECT COUNT(*) FROM installations", rs -> rs.getLong(1)).orElse(0L) > 0;
        if (!tokens) {
            jdbc.update("UPDATE secret_key_check SET fingerprint = ? WHERE id = 1", cipher.fingerprint());
            return;
        }
        throw new TokenCipher.WrongKey("LARGRUPP_SECRET_KEY is not the key the stored installations were encrypted with: "
                + "set the previous key again, or delete the installations (every workspace then installs the app anew)");
    }
}
