package se.largrupp.core.installations;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts platform tokens at rest: AES-256-GCM with a random 96-bit nonce per value, the key derived from
 * {@code LARGRUPP_SECRET_KEY} (HMAC-SHA256 of a fixed label, so any secret of 32 characters or more works). A value
 * encrypted under another key fails its tag check and is reported as {@link WrongKey}, never returned as garbage.
 */
public final class TokenCipher {
    public static final int MIN_SECRET_LENGTH = 32;
    private static final String VERSION = "v1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecretKeySpec key;
    private final String fingerprint;
    private final SecureRandom random = new SecureRandom();

    /** A stored value could not be decrypted with this key: the secret key changed since it was stored. */
    public static final class WrongKey extends IllegalStateException {
        WrongKey(String message) {
            super(message);
        }
    }

    public TokenCipher(String secret) {
        if (secret == null || secret.strip().length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("LARGRUPP_SECRET_KEY must be at least " + MIN_SECRET_LENGTH + " characters");
        }
        byte[] material = hmac(secret.getBytes(StandardCharsets.UTF_8), "largrupp/token-encryption-key/v1");
        this.key = new SecretKeySpec(material, "AES");
        this.fingerprint = HexFormat.of().formatHex(hmac(material, "largrupp/key-check/v1"), 0, 16);
    }

    /** Identifies the key without revealing it; stored beside the tokens to recognise a changed key. */
    public String fingerprint() {
        return fingerprint;
    }

    public String encrypt(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getClass().getSimpleName(), e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(VERSION)) throw new WrongKey("a stored token is not in a format this version reads");
        byte[] all;
        try {
            all = Base64.getUrlDecoder().decode(stored.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new WrongKey("a stored token is damaged");
        }
        if (all.length <= NONCE_BYTES) throw new WrongKey("a stored token is damaged");
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new WrongKey("a stored token was encrypted with another LARGRUPP_SECRET_KEY");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getClass().getSimpleName(), e);
        }
    }

    private static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "TokenCipher[fingerprint=" + fingerprint + "]";
    }
}
