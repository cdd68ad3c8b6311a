package nl.kenniskompas.identity.signin;

import java.util.Optional;

import nl.kenniskompas.identity.tenant.Tenant;
import nl.kenniskompas.identity.user.DemoUser;
import nl.kenniskompas.identity.user.DemoUsers;
import org.springframework.stereotype.Component;

/** A user obtains tokens only from the issuer of their own tenant. */
@Component
public class TenantMembership {

    private final DemoUsers users;

    TenantMembership(DemoUsers users) {
        this.users = users;
    }

    /** Why this user may not obtain tokens from the issuer of this tenant; empty when they may. */
    public Optional<String> refusal(String username, Tenant issuerTenant) {
        Optional<DemoUser> user = users.byUsername(username);
        if (user.isEmpty()) {
            return Optional.of(username + " is not a known user");
        }
        String ownTenant = user.get().tenant();
        if (ownTenant.equals(issuerTenant.id())) {
            return Optional.empty();
        }
        return Optional.of(username + " belongs to tenant " + ownTenant
                + " and cannot sign in through the issuer of tenant " + issuerTenant.id());
    }
}
