package nl.kenniskompas.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Everything outside the issuers: the login form, health probes and the error page. */
@Configuration(proxyBeanMethods = false)
class SignInConfig {

    @Bean
    @Order(2)
    SecurityFilterChain signInFilterChain(HttpSecurity http) {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .cors(Customizer.withDefaults());
        return http.build();
    }
}
