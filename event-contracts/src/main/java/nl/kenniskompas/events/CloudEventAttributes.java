package nl.kenniskompas.events;

/**
 * CloudEvents 1.0 in Kafka binary mode: attributes travel as {@code ce_}-prefixed record headers, the data is the
 * record value (JSON). See https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/bindings/kafka-protocol-binding.md
 */
public final class CloudEventAttributes {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** Extension attribute: the organisation the event belongs to, or {@link #NATIONAL} for national content. */
    public static final String TENANT = "ce_tenant";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String NATIONAL = "national";

    private CloudEventAttributes() {
    }
}
