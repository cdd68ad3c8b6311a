package nl.kenniskompas.infra.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import nl.kenniskompas.infra.DemoUsers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Tokens the identity provider would never issue, made with its own signing key (which the harness writes before the
 * provider starts) or with a stranger's key: expired, wrongly signed, from an unknown issuer, with a foreign tenant.
 * Real tokens come from {@link DemoLogin}.
 */
public final class Tokens {

    private final RSAKey identityProviderKey;
    private final RSAKey strangerKey;
    private final String issuerBase;

    private Tokens(RSAKey identityProviderKey, RSAKey strangerKey, String issuerBase) {
        this.identityProviderKey = identityProviderKey;
        this.strangerKey = strangerKey;
        this.issuerBase = issuerBase;
    }

    /**
     * Writes a fresh signing key where the identity provider reads it ({@code KK_DATA_DIR/identity/signing-key.json},
     * a Nimbus JWK with its private parts and {@code kid}).
     */
    static Tokens writeIdentityProviderKey(Path keyFile, String issuerBase) {
        try {
            RSAKey key = rsaKey(UUID.randomUUID().toString());
            Files.createDirectories(keyFile.getParent());
            Files.writeString(keyFile, key.toJSONString());
            // Same key id as the provider's key, so only the signature tells them apart.
            return new Tokens(key, rsaKey(key.getKeyID()), issuerBase);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String issuer(String tenant) {
        return issuerBase + "/" + tenant;
    }

    /** A token for a demo user, valid in every way until a builder method says otherwise. */
    public Builder forUser(String username) {
        return new Builder(DemoUsers.named(username));
    }

    public final class Builder {
        private final DemoUsers.DemoUser user;
        private String issuer;
        private String tenantClaim;
        private List<String> roles;
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));
        private RSAKey key = identityProviderKey;

        private Builder(DemoUsers.DemoUser user) {
            this.user = user;
            this.issuer = Tokens.this.issuer(user.tenant());
            this.tenantClaim = user.tenant();
            this.roles = user.roles();
        }

        public Builder expiredSince(Duration ago) {
            expiresAt = Instant.now().minus(ago);
            return this;
        }

        /** Signed with a key the provider does not publish, under the provider's key id. */
        public Builder signedByStranger() {
            key = strangerKey;
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** The user's own issuer, but a {@code tenant} claim naming another tenant. */
        public Builder tenantClaim(String tenant) {
            this.tenantClaim = tenant;
            return this;
        }

        public Builder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        public String sign() {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(user.username())
                    .audience("kenniskompas-web")
                    .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(5))))
                    .notBeforeTime(Date.from(expiresAt.minus(Duration.ofMinutes(5))))
                    .expirationTime(Date.from(expiresAt))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("tenant", tenantClaim)
                    .claim("roles", roles)
                    .claim("name", user.username())
                    .claim("scope", List.of("openid", "profile"))
                    .build();
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                        claims);
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
