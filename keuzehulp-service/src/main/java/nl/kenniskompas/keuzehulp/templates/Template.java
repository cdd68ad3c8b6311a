package nl.kenniskompas.keuzehulp.templates;

import nl.kenniskompas.keuzehulp.catalogue.InstrumentContent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * An instrument of the national catalogue, maintained centrally, that organisations copy and adapt ("landelijke tools
 * om lokaal te vullen"). Each change is a new version, so a copy can tell that its template moved on.
 */
@Document("templates")
public class Template {

    @Id
    private String id;
    private InstrumentContent content;
    private long version;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Long revision;

    protected Template() {
    }

    Template(String id, InstrumentContent content, Instant at, String by) {
        this.id = id;
        this.content = content;
        this.version = 1;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    void change(InstrumentContent newContent, Instant at, String by) {
        content = newContent;
        version++;
        updatedAt = at;
        updatedBy = by;
    }

    public String id() {
        return id;
    }

    public InstrumentContent content() {
        return content;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
