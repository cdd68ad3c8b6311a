package nl.kenniskompas.identity.tenant;

import java.util.List;
import java.util.Optional;

import nl.kenniskompas.identity.IdentityProperties;
import org.springframework.stereotype.Component;

/** The configured tenants; each has one issuer. */
@Component
public class Tenants {

    private final List<Tenant> tenants;

    Tenants(IdentityProperties properties) {
        if (properties.tenants().isEmpty()) {
            throw new IllegalStateException("No tenants configured under kk.identity.tenants");
        }
        this.tenants = properties.tenants();
    }

    public List<Tenant> all() {
        return tenants;
    }

    public Optional<Tenant> byId(String id) {
        return tenants.stream().filter(tenant -> tenant.id().equals(id)).findFirst();
    }
}
