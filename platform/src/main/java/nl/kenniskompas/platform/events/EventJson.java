package nl.kenniskompas.platform.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for event data. Reading is tolerant of fields it does not know: contracts grow additively within a version,
 * so a consumer must not reject an event because a producer is newer. (Request bodies stay strict: there an unknown
 * field is a client's mistake.)
 */
public final class EventJson {

    private final JsonMapper mapper;

    public EventJson(JsonMapper configured) {
        this.mapper = configured.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public <T> T read(String data, Class<T> type) {
        return mapper.readValue(data, type);
    }

    public String write(Object event) {
        return mapper.writeValueAsString(event);
    }

    /** The tolerant mapper itself, for serdes that need one. */
    public JsonMapper mapper() {
        return mapper;
    }
}
