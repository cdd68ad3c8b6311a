package nl.kenniskompas.platform.tenant;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Lets controllers take the {@link Caller} as a parameter. */
@Configuration(proxyBeanMethods = false)
public class TenantWebConfiguration implements WebMvcConfigurer {

    private final Tenants tenants;

    public TenantWebConfiguration(Tenants tenants) {
        this.tenants = tenants;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver(tenants));
    }
}
