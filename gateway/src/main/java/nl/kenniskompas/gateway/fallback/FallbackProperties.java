package nl.kenniskompas.gateway.fallback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code kenniskompas.fallback.retry-after}: what the fallback tells clients to wait (about the open-circuit time). */
@ConfigurationProperties("kenniskompas.fallback")
public record FallbackProperties(@DefaultValue("10s") Duration retryAfter) {
}
