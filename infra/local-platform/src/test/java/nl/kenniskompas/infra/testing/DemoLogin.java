package nl.kenniskompas.infra.testing;

import com.nimbusds.jwt.SignedJWT;
import nl.kenniskompas.infra.PlatformSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Real access tokens for demo users, from the identity provider's authorization code + PKCE flow as scripted by
 * {@code infra/bin/token} (README: "a documented command prints a demo user's access token"), so the tests exercise
 * that script too.
 */
public final class DemoLogin {

    private final PlatformSettings settings;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    DemoLogin(PlatformSettings settings) {
        this.settings = settings;
    }

    /** A token for the user, reused while it is valid for at least another minute. */
    public String tokenFor(String username) {
        return tokens.compute(username, (user, cached) ->
                cached != null && expiresAt(cached).isAfter(Instant.now().plusSeconds(60)) ? cached : fetch(user));
    }

    /** Always a new sign-in. */
    public String freshTokenFor(String username) {
        String token = fetch(username);
        tokens.put(username, token);
        return token;
    }

    private String fetch(String username) {
        Path script = settings.repositoryRoot().resolve("infra/bin/token");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("No executable " + script + " to sign in with");
        }
        ProcessBuilder builder = new ProcessBuilder(script.toString(), username).redirectErrorStream(false);
        builder.environment().put("KK_ISSUER_BASE", settings.issuerBase());
        builder.environment().put("KK_WEB_ORIGIN", settings.webOrigin());
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " " + username + " did not finish within 30 s");
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.exitValue() != 0 || out.isEmpty()) {
                throw new IllegalStateException(script + " " + username + " exited with " + process.exitValue()
                        + ": " + err + out);
            }
            String token = out.lines().reduce((first, last) -> last).orElseThrow().trim();
            expiresAt(token);
            return token;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Instant expiresAt(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();
        } catch (ParseException | NullPointerException e) {
            throw new IllegalStateException("infra/bin/token printed no JWT with an expiry: " + token, e);
        }
    }
}
