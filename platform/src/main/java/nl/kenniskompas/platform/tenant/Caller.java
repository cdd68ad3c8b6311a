package nl.kenniskompas.platform.tenant;

import nl.kenniskompas.platform.problem.Problem;

import java.util.Set;

/**
 * Who is calling: taken from the validated access token only, never from a header a client could set.
 * Controllers receive it as a method parameter.
 */
public record Caller(Tenant tenant, String subject, Set<Role> roles, String name) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Ends the request with a 403 problem unless the caller has the role. */
    public Caller require(Role role) {
        if (!has(role)) {
            throw Problem.forbidden("Hiervoor heb je de rol '" + role.claim() + "' nodig.");
        }
        return this;
    }

    public String tenantId() {
        return tenant.id();
    }
}
