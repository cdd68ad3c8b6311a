package nl.kenniskompas.identity.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.kenniskompas.identity.IdentityProperties;
import nl.kenniskompas.identity.tenant.Tenant;
import nl.kenniskompas.identity.tenant.Tenants;
import nl.kenniskompas.identity.user.DemoUser;
import nl.kenniskompas.identity.user.DemoUsers;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The login form (Spring Security form login posts it to {@code /login}, with {@code _csrf}). It names the
 * organisation whose issuer sent the user here and lists that organisation's demo accounts.
 */
@Controller
class LoginPage {

    private final String template = readTemplate();
    private final RequestCache requestCache = new HttpSessionRequestCache();
    private final Tenants tenants;
    private final DemoUsers users;
    private final IdentityProperties properties;

    LoginPage(Tenants tenants, DemoUsers users, IdentityProperties properties) {
        this.tenants = tenants;
        this.users = users;
        this.properties = properties;
    }

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String loginForm(HttpServletRequest request, HttpServletResponse response, CsrfToken csrf) {
        Optional<Tenant> tenant = tenantBeingSignedInTo(request, response);
        List<DemoUser> accounts = tenant.map(users::of).orElseGet(properties::users);
        return template
                .replace("{{organisation}}", htmlEscape(tenant.map(Tenant::name).orElse("Ontwikkelomgeving")))
                .replace("{{message}}", message(request))
                .replace("{{csrfParameter}}", htmlEscape(csrf.getParameterName()))
                .replace("{{csrfToken}}", htmlEscape(csrf.getToken()))
                .replace("{{demoAccounts}}", accounts.stream().map(LoginPage::listItem).collect(Collectors.joining("\n")))
                .replace("{{demoPassword}}", htmlEscape(properties.demoPassword()));
    }

    // The authorize request that sent the user here starts with the issuer path, /<tenant-id>/oauth2/authorize.
    private Optional<Tenant> tenantBeingSignedInTo(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved == null) {
            return Optional.empty();
        }
        String path = URI.create(saved.getRedirectUrl()).getPath();
        String firstSegment = path.replaceFirst("^/", "").split("/", 2)[0];
        return tenants.byId(firstSegment);
    }

    private static String message(HttpServletRequest request) {
        if (request.getParameter("error") != null) {
            return "<p class=\"melding fout\" role=\"alert\">Onbekende gebruikersnaam of onjuist wachtwoord.</p>";
        }
        if (request.getParameter("logout") != null) {
            return "<p class=\"melding info\">Je bent uitgelogd.</p>";
        }
        return "";
    }

    private static String listItem(DemoUser user) {
        return "      <li><strong>%s</strong> – %s (%s)</li>".formatted(
                htmlEscape(user.username()), htmlEscape(user.function()), htmlEscape(String.join(", ", user.roles())));
    }

    private static String readTemplate() {
        try {
            return new ClassPathResource("pages/login.html").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
