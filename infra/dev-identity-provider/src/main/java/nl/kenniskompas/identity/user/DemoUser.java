package nl.kenniskompas.identity.user;

import java.util.List;

/**
 * A demo account.
 *
 * @param username the login name, also the token subject
 * @param tenant   the id of the only tenant this user signs in to
 * @param roles    platform roles, as they appear in the {@code roles} claim
 * @param name     display name ({@code name} claim)
 * @param function job title, shown on the login page
 */
public record DemoUser(String username, String tenant, List<String> roles, String name, String function) {

    public DemoUser {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
