package nl.kenniskompas.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Identity providers for tests: one issuer per tenant ({@code http://localhost:PORT/<tenant>}), each publishing
 * OIDC discovery and a JWKS, exactly as the development provider and real organisations do. Resource servers under
 * test validate our tokens through that mechanism, so nothing about JWT validation is mocked.
 * <p>
 * Standalone on purpose (JDK HTTP server and Nimbus only): the gateway's tests use it without the platform.
 */
public final class TestIssuers {

    private static TestIssuers shared;

    private final HttpServer server;
    private final RSAKey signingKey;
    private final RSAKey strangerKey;

    private TestIssuers() {
        try {
            signingKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
            strangerKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::serve);
        server.start();
    }

    /** One set of issuers per test JVM, started on first use. */
    public static synchronized TestIssuers shared() {
        if (shared == null) {
            shared = new TestIssuers();
        }
        return shared;
    }

    /** The base under which each tenant's issuer lives, for {@code KK_ISSUER_BASE}. */
    public String base() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public String issuer(String tenant) {
        return base() + "/" + tenant;
    }

    /** A valid token for a user of a tenant, issued by that tenant's issuer. */
    public String token(String tenant, String subject, String... roles) {
        return forUser(tenant, subject).roles(roles).sign();
    }

    public TokenBuilder forUser(String tenant, String subject) {
        return new TokenBuilder(tenant, subject);
    }

    public final class TokenBuilder {
        private String subject;
        private String audience = "kenniskompas-web";
        private String tenantClaim;
        private String issuer;
        private List<String> roles = List.of("professional");
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(30));
        private RSAKey key = signingKey;

        private TokenBuilder(String tenant, String subject) {
            this.subject = subject;
            this.tenantClaim = tenant;
            this.issuer = TestIssuers.this.issuer(tenant);
        }

        public TokenBuilder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        public TokenBuilder expiredSince(Duration ago) {
            this.expiresAt = Instant.now().minus(ago);
            return this;
        }

        /** Signed with a key no issuer publishes, though it claims the trusted issuer and key id. */
        public TokenBuilder signedByStranger() {
            this.key = strangerKey;
            return this;
        }

        public TokenBuilder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** Issued to another application of the organisation. */
        public TokenBuilder audience(String audience) {
            this.audience = audience;
            return this;
        }

        public TokenBuilder withoutSubject() {
            this.subject = null;
            return this;
        }

        public TokenBuilder tenantClaim(String tenant) {
            this.tenantClaim = tenant;
            return this;
        }

        public String sign() {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(subject)
                    .audience(audience)
                    .issueTime(Date.from(expiresAt.minus(Duration.ofHours(1))))
                    .expirationTime(Date.from(expiresAt))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("tenant", tenantClaim)
                    .claim("roles", roles)
                    .claim("name", subject)
                    .build();
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body;
        if (path.equals("/jwks")) {
            body = new JWKSet(signingKey.toPublicJWK()).toString();
        } else if (path.endsWith("/.well-known/openid-configuration")) {
            String issuer = base() + path.substring(0, path.length() - "/.well-known/openid-configuration".length());
            body = """
                    {"issuer":"%s","jwks_uri":"%s/jwks","authorization_endpoint":"%s/authorize","token_endpoint":"%s/token",
                     "subject_types_supported":["public"],"response_types_supported":["code"],
                     "id_token_signing_alg_values_supported":["RS256"]}"""
                    .formatted(issuer, base(), issuer, issuer);
        } else {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            exchange.close();
        }
    }
}
