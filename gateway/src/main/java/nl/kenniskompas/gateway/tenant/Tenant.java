package nl.kenniskompas.gateway.tenant;

/**
 * An organisation using Kenniskompas, with the one issuer whose tokens we accept for it.
 *
 * @param issuer the exact {@code iss} of its tokens (compared as a string, as JWT validation does)
 */
public record Tenant(String id, String name, TenantType type, String issuer) {
}
