package nl.kenniskompas.platform.pseudonym;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Pseudonyms for people in events and projections: a keyed hash of the user id with a key per tenant, derived from
 * one secret. The same person gets the same pseudonym within a tenant (so a changed vote replaces the old one), no
 * one without the secret can go back to the user id, and pseudonyms of different tenants cannot be linked.
 */
public class Pseudonyms {

    private final byte[] secret;

    public Pseudonyms(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("kenniskompas.pseudonym-secret must have at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String of(String tenant, String subject) {
        byte[] tenantKey = hmac(secret, "tenant:" + tenant);
        byte[] hash = hmac(tenantKey, subject);
        return "p-" + HexFormat.of().formatHex(hash, 0, 16);
    }

    private static byte[] hmac(byte[] key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
