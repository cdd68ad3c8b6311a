package nl.kenniskompas.gateway.tenant;

/** The kinds of organisation that are tenants (see docs/local-contract.md). */
public enum TenantType {
    GEMEENTE,
    REGIONALE_WERKORGANISATIE,
    UWV
}
