package nl.kenniskompas.dilemma.submissions;

import nl.kenniskompas.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One filled-in intake form: the organisation it came from, the background answers, one or two dilemmas and the
 * closing remark. Deliberately without who sent it: no user id, pseudonym or name, and the day instead of the moment.
 * The form and the events announcing its dilemmas are one document write ({@link #outbox}), so no accepted dilemma
 * goes unannounced and none is announced that was not stored.
 */
@Document(Submission.COLLECTION)
public class Submission {

    public static final String COLLECTION = "submissions";

    @Id
    private String id;
    private String tenant;
    private Background background;
    /** ISO date (yyyy-mm-dd), so a period is a plain range query. */
    @Indexed
    private String receivedOn;
    private String remark;
    @Indexed
    private List<String> dilemmaIds = new ArrayList<>();
    private List<Dilemma> dilemmas = new ArrayList<>();
    @Version
    private Long revision;
    private List<OutboxMessage> outbox = new ArrayList<>();

    protected Submission() {
    }

    public Submission(String id, String tenant, Background background, LocalDate receivedOn, String remark,
                      List<Dilemma> dilemmas) {
        this.id = id;
        this.tenant = tenant;
        this.background = background;
        this.receivedOn = receivedOn.toString();
        this.remark = remark;
        this.dilemmas = new ArrayList<>(dilemmas);
        this.dilemmaIds = dilemmas.stream().map(Dilemma::id).toList();
    }

    public void announce(OutboxMessage event) {
        outbox.add(event);
    }

    public Optional<Dilemma> dilemma(String dilemmaId) {
        return dilemmas.stream().filter(dilemma -> dilemma.id().equals(dilemmaId)).findFirst();
    }

    /** Sets a dilemma's theme; {@code announce} gets the dilemma when something changed. */
    public boolean theme(String dilemmaId, String theme, String label, String by, Instant at, Function<Dilemma, OutboxMessage> announce) {
        return changed(dilemmaId, dilemma -> dilemma.theme(theme, label, by, at), announce);
    }

    public boolean status(String dilemmaId, Status status, String reason, String by, Instant at,
                          Function<Dilemma, OutboxMessage> announce) {
        return changed(dilemmaId, dilemma -> dilemma.status(status, reason, by, at), announce);
    }

    public boolean usedFor(String dilemmaId, UsedFor kopkraker, Instant at, Function<Dilemma, OutboxMessage> announce) {
        return changed(dilemmaId, dilemma -> dilemma.usedFor(kopkraker, at), announce);
    }

    private boolean changed(String dilemmaId, java.util.function.Predicate<Dilemma> change, Function<Dilemma, OutboxMessage> announce) {
        Dilemma dilemma = dilemma(dilemmaId).orElseThrow();
        if (!change.test(dilemma)) {
            return false;
        }
        announce(announce.apply(dilemma));
        return true;
    }

    public String id() {
        return id;
    }

    public String tenant() {
        return tenant;
    }

    public Background background() {
        return background == null ? Background.NONE : background;
    }

    public LocalDate receivedOn() {
        return LocalDate.parse(receivedOn);
    }

    public String remark() {
        return remark;
    }

    public List<Dilemma> dilemmas() {
        return List.copyOf(dilemmas);
    }
}
