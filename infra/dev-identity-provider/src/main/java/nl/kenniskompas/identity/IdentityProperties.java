package nl.kenniskompas.identity;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import nl.kenniskompas.identity.tenant.Tenant;
import nl.kenniskompas.identity.user.DemoUser;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything that differs per run: where the issuers live, which web app may use them, where the signing key is
 * kept, and the demo tenants and users.
 *
 * @param issuerBase   {@code KK_ISSUER_BASE}; when blank, each issuer is derived from the request URL
 * @param webOrigin    {@code KK_WEB_ORIGIN}; the web app's redirect URI is this origin followed by {@code /}
 * @param dataDir      {@code KK_DATA_DIR}; the signing key lives in {@code identity/signing-key.json} below it
 * @param demoPassword the password of every demo user
 */
@ConfigurationProperties("kk.identity")
public record IdentityProperties(
        String issuerBase,
        String webOrigin,
        Path dataDir,
        String demoPassword,
        List<Tenant> tenants,
        List<DemoUser> users) {

    public IdentityProperties {
        tenants = tenants == null ? List.of() : List.copyOf(tenants);
        users = users == null ? List.of() : List.copyOf(users);
    }

    public Optional<String> pinnedIssuerBase() {
        return Optional.ofNullable(issuerBase).filter(base -> !base.isBlank()).map(IdentityProperties::withoutTrailingSlash);
    }

    public String webAppOrigin() {
        return withoutTrailingSlash(webOrigin);
    }

    public Path signingKeyFile() {
        return dataDir.resolve("identity").resolve("signing-key.json");
    }

    private static String withoutTrailingSlash(String url) {
        String trimmed = url.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
