package nl.kenniskompas.infra;

import java.util.List;

/** The demo logins of docs/local-contract.md, printed when the platform is up. Password: {@value #PASSWORD}. */
public final class DemoUsers {

    public static final String PASSWORD = "welkom";

    public record DemoUser(String username, String tenant, List<String> roles) {
    }

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("anna", "gemeente-amsterdam", List.of("professional")),
            new DemoUser("mo", "gemeente-amsterdam", List.of("professional", "moderator")),
            new DemoUser("ilse", "gemeente-amsterdam", List.of("professional", "instrumentbeheerder")),
            new DemoUser("ravi", "gemeente-amsterdam", List.of("analist")),
            new DemoUser("wendy", "werkzaak-rivierenland", List.of("professional")),
            new DemoUser("bas", "werkzaak-rivierenland", List.of("professional", "moderator", "instrumentbeheerder")),
            new DemoUser("umar", "uwv", List.of("professional")),
            new DemoUser("rita", "uwv", List.of("redacteur")),
            new DemoUser("pieter", "uwv", List.of("platformbeheerder", "analist")));

    private DemoUsers() {
    }

    public static DemoUser named(String username) {
        return ALL.stream().filter(user -> user.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
    }
}
