package nl.kenniskompas.platform.tenant;

import java.util.Arrays;
import java.util.Optional;

/** Roles of PRODUCT.md as they appear in the {@code roles} claim. A werkzoekende has no account, so no role. */
public enum Role {
    PROFESSIONAL("professional"),
    REDACTEUR("redacteur"),
    MODERATOR("moderator"),
    INSTRUMENTBEHEERDER("instrumentbeheerder"),
    ANALIST("analist"),
    PLATFORMBEHEERDER("platformbeheerder");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values()).filter(role -> role.claim.equals(value)).findFirst();
    }
}
