package nl.kenniskompas.identity.user;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.kenniskompas.identity.IdentityProperties;
import nl.kenniskompas.identity.tenant.Tenant;
import nl.kenniskompas.identity.tenant.Tenants;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** The configured demo users; all share one password. */
@Component
public class DemoUsers implements UserDetailsService {

    private static final Set<String> KNOWN_ROLES = Set.of(
            "professional", "redacteur", "moderator", "instrumentbeheerder", "analist", "platformbeheerder");

    private final List<DemoUser> users;
    private final String password;

    DemoUsers(IdentityProperties properties, Tenants tenants) {
        this.users = properties.users();
        this.password = properties.demoPassword();
        checkConsistency(tenants);
    }

    public Optional<DemoUser> byUsername(String username) {
        return users.stream().filter(user -> user.username().equals(username)).findFirst();
    }

    public List<DemoUser> of(Tenant tenant) {
        return users.stream().filter(user -> user.tenant().equals(tenant.id())).toList();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        DemoUser user = byUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.username())
                .password("{noop}" + password)
                .roles(user.roles().toArray(String[]::new))
                .build();
    }

    private void checkConsistency(Tenants tenants) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("kk.identity.demo-password is not set");
        }
        Set<String> usernames = new HashSet<>();
        for (DemoUser user : users) {
            if (!usernames.add(user.username())) {
                throw new IllegalStateException("Demo user '" + user.username() + "' is configured twice");
            }
            if (tenants.byId(user.tenant()).isEmpty()) {
                throw new IllegalStateException(
                        "Demo user '" + user.username() + "' has unknown tenant '" + user.tenant() + "'");
            }
            if (!KNOWN_ROLES.containsAll(user.roles())) {
                throw new IllegalStateException(
                        "Demo user '" + user.username() + "' has unknown roles in " + user.roles());
            }
        }
    }
}
