package nl.kenniskompas.identity.token;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.util.StringUtils;

/**
 * Recognises a refresh token request from a public client: {@code grant_type=refresh_token} with a
 * {@code client_id} and no client credentials. Spring only recognises public clients on the code exchange.
 */
public final class PublicClientRefreshAuthenticationConverter implements AuthenticationConverter {

    @Override
    public Authentication convert(HttpServletRequest request) {
        String grantType = request.getParameter(OAuth2ParameterNames.GRANT_TYPE);
        String clientId = request.getParameter(OAuth2ParameterNames.CLIENT_ID);
        boolean withCredentials = request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        if (!AuthorizationGrantType.REFRESH_TOKEN.getValue().equals(grantType)
                || !StringUtils.hasText(clientId) || withCredentials) {
            return null;
        }
        return new OAuth2ClientAuthenticationToken(clientId, ClientAuthenticationMethod.NONE, null,
                Map.of(OAuth2ParameterNames.GRANT_TYPE, grantType));
    }
}
