package nl.kenniskompas.gateway.requestsize;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code kenniskompas.request-size.max-api-body}: the largest request body an API call may send. */
@ConfigurationProperties("kenniskompas.request-size")
public record RequestSizeProperties(@DefaultValue("64KB") DataSize maxApiBody) {
}
