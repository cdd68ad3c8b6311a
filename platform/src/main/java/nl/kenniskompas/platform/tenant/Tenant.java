package nl.kenniskompas.platform.tenant;

/**
 * An organisation on the platform. Its own identity provider is the only issuer whose tokens count for it.
 *
 * @param id     stable, URL-safe id, e.g. {@code gemeente-amsterdam}
 * @param name   display name
 * @param type   kind of organisation
 * @param issuer OIDC issuer URI of the organisation's identity provider
 */
public record Tenant(String id, String name, OrganisationType type, String issuer) {
}
