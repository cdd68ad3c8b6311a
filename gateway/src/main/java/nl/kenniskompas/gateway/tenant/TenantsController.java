package nl.kenniskompas.gateway.tenant;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public: the web app reads this before sign-in to offer each organisation's issuer. */
@RestController
class TenantsController {

    private final TenantsProperties properties;

    TenantsController(TenantsProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/api/v1/tenants")
    SignInOptions tenants() {
        return new SignInOptions(properties.webClientId(), properties.tenants());
    }

    record SignInOptions(String clientId, List<Tenant> tenants) {
    }
}
