package nl.kenniskompas.keuzehulp.reviews;

import nl.kenniskompas.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A rating of an instrument by a professional (general, result and execution, 1–5) or by a client through a review
 * link (one score). Professionals appear as a pseudonym, clients as nobody. Professional and client reviews are
 * counted and shown apart.
 */
@Document(Review.COLLECTION)
@CompoundIndex(name = "tenant-instrument", def = "{'tenant': 1, 'instrumentId': 1}")
public class Review {

    static final String COLLECTION = "reviews";

    public enum Source { PROFESSIONAL, CLIENT }

    @Id
    private String id;
    private String tenant;
    private String instrumentId;
    private Source source;
    /** Pseudonym of the professional; {@code null} for a client. */
    private String author;
    private int general;
    private Integer result;
    private Integer execution;
    private String text;
    private Instant at;
    private boolean hidden;
    private List<String> moderation = new ArrayList<>();
    @Version
    private Long revision;
    private List<OutboxMessage> outbox = new ArrayList<>();

    protected Review() {
    }

    static Review professional(String id, String tenant, String instrumentId, String author, int general, int result,
                               int execution, String text, Instant at) {
        Review review = new Review();
        review.id = id;
        review.tenant = tenant;
        review.instrumentId = instrumentId;
        review.source = Source.PROFESSIONAL;
        review.author = author;
        review.rate(general, result, execution, text, at);
        return review;
    }

    static Review client(String id, String tenant, String instrumentId, int score, String text, Instant at) {
        Review review = new Review();
        review.id = id;
        review.tenant = tenant;
        review.instrumentId = instrumentId;
        review.source = Source.CLIENT;
        review.general = score;
        review.text = text;
        review.at = at;
        return review;
    }

    void rate(int general, int result, int execution, String text, Instant at) {
        this.general = general;
        this.result = result;
        this.execution = execution;
        this.text = text;
        this.at = at;
    }

    void hide(boolean hide, String reason, String by, Instant at) {
        hidden = hide;
        moderation.add(at + " " + by + ": " + (hide ? "verborgen" : "teruggezet") + (reason == null ? "" : " (" + reason + ")"));
    }

    void announce(OutboxMessage event) {
        outbox.add(event);
    }

    public String id() {
        return id;
    }

    public String tenant() {
        return tenant;
    }

    public String instrumentId() {
        return instrumentId;
    }

    public Source source() {
        return source;
    }

    public String author() {
        return author;
    }

    public int general() {
        return general;
    }

    public Integer result() {
        return result;
    }

    public Integer execution() {
        return execution;
    }

    public String text() {
        return text;
    }

    public Instant at() {
        return at;
    }

    public boolean hidden() {
        return hidden;
    }

    public List<String> moderation() {
        return List.copyOf(moderation);
    }
}
