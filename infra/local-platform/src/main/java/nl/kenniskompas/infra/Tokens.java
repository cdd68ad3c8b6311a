package nl.kenniskompas.infra;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens signed with the development identity provider's own key, for callers that cannot sign in through
 * the browser flow at scale: the fault test and the benchmark (thousands of distinct professionals), and the tests
 * (tokens the provider would never issue: expired, wrongly signed, from an unknown issuer, with a foreign tenant).
 * The key is the file the provider reads at start ({@code KK_DATA_DIR/identity/signing-key.json}, a Nimbus JWK with
 * its private parts and {@code kid}): written here before the provider starts, or read if the provider made it.
 * Real tokens of demo users come from {@code infra/bin/token}.
 */
public final class Tokens {

    /** The audience every service requires ({@code KK_AUDIENCE}'s default, docs/local-contract.md). */
    public static final String AUDIENCE = "kenniskompas-web";

    private final RSAKey identityProviderKey;
    private final RSAKey strangerKey;
    private final RSASSASigner signer;
    private final String issuerBase;

    private Tokens(RSAKey identityProviderKey, String issuerBase) {
        this.identityProviderKey = identityProviderKey;
        // Same key id as the provider's key, so only the signature tells them apart.
        this.strangerKey = rsaKey(identityProviderKey.getKeyID());
        this.issuerBase = issuerBase;
        try {
            this.signer = new RSASSASigner(identityProviderKey);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the identity provider of this platform keeps its signing key. */
    public static Path keyFile(PlatformSettings settings) {
        return settings.dataDir(LocalPlatform.IDENTITY_PROVIDER).resolve("identity/signing-key.json");
    }

    /**
     * Tokens the identity provider of this platform accepts as its own. Call it before the platform starts on a new
     * data dir: it writes the key the provider will then use. On a data dir the provider already used, it reads that
     * key.
     */
    public static Tokens forPlatform(PlatformSettings settings) {
        Path file = keyFile(settings);
        try {
            if (Files.exists(file)) {
                return new Tokens(RSAKey.parse(Files.readString(file)), settings.issuerBase());
            }
            RSAKey key = rsaKey(UUID.randomUUID().toString());
            Files.createDirectories(file.getParent());
            Files.writeString(file, key.toJSONString());
            return new Tokens(key, settings.issuerBase());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(file + " is not a JWK", e);
        }
    }

    public String issuer(String tenant) {
        return issuerBase + "/" + tenant;
    }

    /** A token for a demo user, valid in every way until a builder method says otherwise. */
    public Builder forUser(String username) {
        DemoUsers.DemoUser user = DemoUsers.named(username);
        return new Builder(user.tenant(), user.username(), user.roles());
    }

    /**
     * A token for someone the identity provider does not list: a professional of {@code tenant} with this stable
     * subject. Services key everything on tenant and subject, so each subject is a distinct voter.
     */
    public Builder forProfessional(String tenant, String subject) {
        return new Builder(tenant, subject, List.of("professional"));
    }

    public final class Builder {
        private final String subject;
        private String issuer;
        private String tenantClaim;
        private List<String> roles;
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));
        private RSAKey key = identityProviderKey;

        private Builder(String tenant, String subject, List<String> roles) {
            this.subject = subject;
            this.issuer = Tokens.this.issuer(tenant);
            this.tenantClaim = tenant;
            this.roles = roles;
        }

        public Builder expiredSince(Duration ago) {
            expiresAt = Instant.now().minus(ago);
            return this;
        }

        /** For a run longer than the default five minutes (a benchmark, a fault test). */
        public Builder validFor(Duration duration) {
            expiresAt = Instant.now().plus(duration);
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
            Instant issuedAt = expiresAt.isBefore(Instant.now()) ? expiresAt.minus(Duration.ofMinutes(5))
                    : Instant.now().minusSeconds(1);
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(subject)
                    .audience(AUDIENCE)
                    .issueTime(Date.from(issuedAt))
                    .notBeforeTime(Date.from(issuedAt))
                    .expirationTime(Date.from(expiresAt))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("tenant", tenantClaim)
                    .claim("roles", roles)
                    .claim("name", subject)
                    .claim("scope", List.of("openid", "profile"))
                    .build();
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                        claims);
                jwt.sign(key == identityProviderKey ? signer : new RSASSASigner(key));
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
