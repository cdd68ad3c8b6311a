package nl.kenniskompas.platform.tenant;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The organisations this deployment serves, from configuration ({@code kenniskompas.tenants}). */
@ConfigurationProperties("kenniskompas")
public class Tenants {

    private final Map<String, Tenant> byId;
    private final Map<String, Tenant> byIssuer;

    public Tenants(List<Tenant> tenants) {
        List<Tenant> all = tenants == null ? List.of() : tenants;
        this.byId = all.stream().collect(Collectors.toUnmodifiableMap(Tenant::id, Function.identity()));
        this.byIssuer = all.stream().collect(Collectors.toUnmodifiableMap(Tenant::issuer, Function.identity()));
    }

    public Optional<Tenant> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Tenant> byIssuer(String issuer) {
        return Optional.ofNullable(byIssuer.get(issuer));
    }

    public List<Tenant> all() {
        return List.copyOf(byId.values());
    }
}
