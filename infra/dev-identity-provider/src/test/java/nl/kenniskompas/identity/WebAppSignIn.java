package nl.kenniskompas.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.nimbusds.jose.util.JSONObjectUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in the way the web app does, over real HTTP: authorization code flow with PKCE for the public client
 * {@code kenniskompas-web}. One instance is one browser: it keeps cookies and never follows redirects itself.
 */
final class WebAppSignIn {

    static final String CLIENT_ID = "kenniskompas-web";
    static final String WEB_ORIGIN = "http://localhost:8080";
    static final String REDIRECT_URI = WEB_ORIGIN + "/";
    static final String PASSWORD = "welkom";

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String baseUrl;

    WebAppSignIn(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** What the web app receives on its redirect URI, plus what it kept for the code exchange. */
    record AuthorizationResponse(URI redirect, String codeVerifier, String state) {

        Map<String, String> params() {
            return queryParams(redirect);
        }

        String code() {
            return params().get("code");
        }
    }

    String issuer(String tenant) {
        return baseUrl + "/" + tenant;
    }

    /** Starts the flow at the tenant's issuer and returns the authorize endpoint's first answer. */
    HttpResponse<String> startAuthorization(String tenant, String codeChallenge, String state) {
        String query = form(Map.of(
                "response_type", "code",
                "client_id", CLIENT_ID,
                "redirect_uri", REDIRECT_URI,
                "scope", "openid profile",
                "state", state,
                "code_challenge", codeChallenge,
                "code_challenge_method", "S256"));
        return get(issuer(tenant) + "/oauth2/authorize?" + query);
    }

    /** Authorize → login form → sign in → authorize again; returns the redirect to the web app. */
    AuthorizationResponse authorize(String tenant, String username) {
        String verifier = randomUrlSafe(48);
        String state = UUID.randomUUID().toString();

        HttpResponse<String> toLogin = startAuthorization(tenant, challengeOf(verifier), state);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        URI loginPage = location(toLogin);
        assertThat(loginPage.getPath()).isEqualTo("/login");

        HttpResponse<String> loginForm = get(loginPage.toString());
        Matcher csrf = CSRF_FIELD.matcher(loginForm.body());
        assertThat(csrf.find()).as("login form has a _csrf field").isTrue();

        HttpResponse<String> signedIn = postForm(loginPage.toString(),
                Map.of("username", username, "password", PASSWORD, "_csrf", csrf.group(1)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        URI backToAuthorize = location(signedIn);
        assertThat(backToAuthorize.getPath()).isEqualTo("/" + tenant + "/oauth2/authorize");

        HttpResponse<String> toWebApp = get(backToAuthorize.toString());
        assertThat(toWebApp.statusCode()).isEqualTo(302);
        URI redirect = location(toWebApp);
        assertThat(redirect.toString()).startsWith(REDIRECT_URI);
        return new AuthorizationResponse(redirect, verifier, state);
    }

    HttpResponse<String> exchangeCode(String tenant, String code, String codeVerifier) {
        return postForm(issuer(tenant) + "/oauth2/token", Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", REDIRECT_URI,
                "client_id", CLIENT_ID,
                "code_verifier", codeVerifier));
    }

    HttpResponse<String> refresh(String tenant, String refreshToken) {
        return postForm(issuer(tenant) + "/oauth2/token", Map.of(
                "grant_type", "refresh_token",
                "refresh_token", refreshToken,
                "client_id", CLIENT_ID));
    }

    /** The token response of a successful sign-in. */
    Map<String, Object> tokensFor(String username, String tenant) {
        AuthorizationResponse authorization = authorize(tenant, username);
        assertThat(authorization.params()).containsEntry("state", authorization.state()).containsKey("code");
        HttpResponse<String> tokens = exchangeCode(tenant, authorization.code(), authorization.codeVerifier());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return json(tokens.body());
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> json(String body) {
        try {
            return JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not JSON: " + body, e);
        }
    }

    static Map<String, String> queryParams(URI uri) {
        if (uri.getRawQuery() == null) {
            return Map.of();
        }
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : "",
                        (first, second) -> first, LinkedHashMap::new));
    }

    static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private HttpResponse<String> postForm(String url, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                .build());
    }

    private static URI location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("No Location header; HTTP " + response.statusCode() + " " + response.body()));
        return response.uri().resolve(location);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
