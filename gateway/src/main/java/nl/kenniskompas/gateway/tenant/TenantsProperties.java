package nl.kenniskompas.gateway.tenant;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/**
 * {@code kenniskompas.tenants} and the web app's OIDC client id.
 */
@ConfigurationProperties("kenniskompas")
public record TenantsProperties(String webClientId, List<Tenant> tenants) {

    public TenantsProperties {
        Assert.hasText(webClientId, "kenniskompas.web-client-id must be set");
        Assert.notEmpty(tenants, "kenniskompas.tenants must list at least one tenant");
        tenants = List.copyOf(tenants);
        Assert.isTrue(tenants.stream().map(Tenant::issuer).distinct().count() == tenants.size(),
                "kenniskompas.tenants: each tenant needs its own issuer");
    }
}
