package nl.kenniskompas.gateway.requestsize;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code kenniskompas.request-size.max-api-body}: the largest request body an API call may send;
 * {@code kenniskompas.request-size.larger}: exceptions per path, for the few calls that carry a file (a Keuzehulp
 * catalogue as CSV is a few hundred KB).
 */
@ConfigurationProperties("kenniskompas.request-size")
public record RequestSizeProperties(@DefaultValue("64KB") DataSize maxApiBody, Map<String, DataSize> larger) {

    public RequestSizeProperties {
        larger = larger == null ? Map.of() : Map.copyOf(larger);
    }

    /** The limit for a request path: its own exception if it has one, else the default. */
    long limitFor(String path) {
        DataSize own = larger.get(path);
        return (own == null ? maxApiBody : own).toBytes();
    }
}
