package nl.kenniskompas.platform.tenant;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Resolves {@link Caller} parameters of controller methods from the authenticated JWT. */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    private final Tenants tenants;

    CallerArgumentResolver(Tenants tenants) {
        this.tenants = tenants;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Caller.class);
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("Caller requested on an endpoint without bearer authentication");
        }
        return callerOf(token.getToken());
    }

    Caller callerOf(Jwt jwt) {
        // The issuer was checked against the trusted list during authentication, so this lookup cannot miss.
        Tenant tenant = tenants.byIssuer(jwt.getClaimAsString("iss")).orElseThrow();
        String name = Objects.requireNonNullElse(jwt.getClaimAsString("name"), jwt.getSubject());
        return new Caller(tenant, jwt.getSubject(), roles(jwt), name);
    }

    static Set<Role> roles(Jwt jwt) {
        Object claim = jwt.getClaim("roles");
        Collection<?> values = claim instanceof Collection<?> collection ? collection : List.of();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        values.forEach(value -> Role.fromClaim(String.valueOf(value)).ifPresent(roles::add));
        return roles;
    }
}
