package nl.kenniskompas.identity.tenant;

/** An organisation with its own issuer, {@code <issuer base>/<id>}. */
public record Tenant(String id, String name) {
}
