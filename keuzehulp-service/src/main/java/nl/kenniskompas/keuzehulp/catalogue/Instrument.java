package nl.kenniskompas.keuzehulp.catalogue;

import nl.kenniskompas.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One instrument in one organisation's Keuzehulp: its content, where it is in its life (concept, published,
 * retired), where it came from (a national template) and everything that happened to it. Its events travel in the
 * same document write ({@link #outbox}).
 */
@Document(Instrument.COLLECTION)
@CompoundIndex(name = "tenant-key", def = "{'tenant': 1, 'key': 1}", unique = true)
@CompoundIndex(name = "tenant-status", def = "{'tenant': 1, 'status': 1}")
public class Instrument {

    public static final String COLLECTION = "instruments";

    @Id
    private String id;
    private String tenant;
    /** The organisation's own stable key (the CSV's {@code id}). */
    private String key;
    private InstrumentStatus status;
    private InstrumentContent content;
    private TemplateOrigin origin;
    /** How often it was published: the version analytics see. */
    private long publications;
    private List<AuditEntry> history = new ArrayList<>();
    @Version
    private Long revision;
    private List<OutboxMessage> outbox = new ArrayList<>();

    protected Instrument() {
    }

    public Instrument(String id, String tenant, String key, InstrumentContent content, TemplateOrigin origin, String by,
                      Instant at) {
        this.id = id;
        this.tenant = tenant;
        this.key = key;
        this.status = InstrumentStatus.CONCEPT;
        this.content = content;
        this.origin = origin;
        history.add(new AuditEntry(at, by, origin == null ? "Aangemaakt" : "Gekopieerd van landelijk sjabloon " + origin.templateId()));
    }

    public void edit(InstrumentContent newContent, String by, Instant at) {
        content = newContent;
        history.add(new AuditEntry(at, by, "Bewerkt"));
    }

    public void publish(String by, Instant at) {
        status = InstrumentStatus.GEPUBLICEERD;
        publications++;
        history.add(new AuditEntry(at, by, "Gepubliceerd (versie " + publications + ")"));
    }

    public void retire(String reason, String by, Instant at) {
        status = InstrumentStatus.INGETROKKEN;
        history.add(new AuditEntry(at, by, "Ingetrokken" + (reason == null ? "" : ": " + reason)));
    }

    public void conceptAgain(String by, Instant at) {
        status = InstrumentStatus.CONCEPT;
        history.add(new AuditEntry(at, by, "Terug naar concept"));
    }

    public void announce(OutboxMessage event) {
        outbox.add(event);
    }

    public String id() {
        return id;
    }

    public String tenant() {
        return tenant;
    }

    public String key() {
        return key;
    }

    public InstrumentStatus status() {
        return status;
    }

    public boolean published() {
        return status == InstrumentStatus.GEPUBLICEERD;
    }

    public InstrumentContent content() {
        return content;
    }

    public TemplateOrigin origin() {
        return origin;
    }

    public long publications() {
        return publications;
    }

    public List<AuditEntry> history() {
        return List.copyOf(history);
    }
}
