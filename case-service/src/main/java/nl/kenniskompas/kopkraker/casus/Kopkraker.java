package nl.kenniskompas.kopkraker.casus;

import nl.kenniskompas.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A short fictitious client case ending in a dilemma with two good options. National content: it belongs to no
 * tenant. Pending {@code case-published} events travel in {@link #outbox} with the change that caused them.
 */
@Document("kopkrakers")
public class Kopkraker {

    @Id
    private String id;
    /** "Kopkraker 12": unique, so two redacteuren creating at the same moment cannot both take the next number. */
    @Indexed(unique = true)
    private int number;
    private int version;
    private String title;
    private Status status;
    private Instant publishedAt;
    private Instant releaseAt;
    private ClientProfile profile;
    private String background;
    private String dilemma;
    private List<Option> options;
    private String theme;
    private List<String> concepts;
    private Audience audience;
    private List<String> benefitTypes;
    private List<String> literature;
    private List<String> inspiredBy = new ArrayList<>();
    @Version
    private Long revision;
    private List<OutboxMessage> outbox = new ArrayList<>();
    private List<Transition> history = new ArrayList<>();
    private List<PreviousVersion> previousVersions = new ArrayList<>();

    protected Kopkraker() {
    }

    public Kopkraker(String id, int number, String title, ClientProfile profile, String background, String dilemma,
                     List<Option> options, String theme, List<String> concepts, Audience audience,
                     List<String> benefitTypes, List<String> literature) {
        this.id = id;
        this.number = number;
        this.version = 1;
        this.title = title;
        this.status = Status.DRAFT;
        this.profile = profile;
        this.background = background;
        this.dilemma = dilemma;
        this.options = options == null ? List.of() : List.copyOf(options);
        this.theme = theme;
        this.concepts = concepts == null ? List.of() : List.copyOf(concepts);
        this.audience = audience;
        this.benefitTypes = benefitTypes == null ? List.of() : List.copyOf(benefitTypes);
        this.literature = literature == null ? List.of() : List.copyOf(literature);
    }

    public static Kopkraker draft(String id, int number, Content content) {
        return new Kopkraker(id, number, content.title(), content.profile(), content.background(), content.dilemma(),
                content.options(), content.theme(), content.concepts(), content.audience(), content.benefitTypes(),
                content.literature()).inspiredBy(content.inspiredBy());
    }

    /** Plans the release: the Kopkraker goes live at {@code at}, also if the service happens to be down then. */
    public void schedule(Instant at) {
        if (status == Status.PUBLISHED || status == Status.ARCHIVED) {
            throw new IllegalStateException("Kopkraker " + id + " is already " + status);
        }
        status = Status.SCHEDULED;
        releaseAt = at;
    }

    /** An editor's step in the workflow, recorded with who and when. */
    public void moveTo(Status next, String by, Instant at, Instant releaseAt) {
        if (!status.editorMayMoveTo(next)) {
            throw new IllegalStateException("Kopkraker " + id + " cannot go from " + status + " to " + next);
        }
        history.add(new Transition(status, next, by, at));
        status = next;
        this.releaseAt = next == Status.SCHEDULED ? releaseAt : null;
    }

    /** Takes a live Kopkraker out of circulation, announcing it in the same write so voting on it stops. */
    public void archive(String by, Instant at, OutboxMessage announcement) {
        if (status != Status.PUBLISHED) {
            throw new IllegalStateException("Only a published Kopkraker is archived with an announcement, " + id + " is " + status);
        }
        moveTo(Status.ARCHIVED, by, at, null);
        outbox.add(announcement);
    }

    /** New content for a case that is not live yet. */
    public void revise(Content content) {
        if (status != Status.DRAFT) {
            throw new IllegalStateException("Only a draft can be revised, " + id + " is " + status);
        }
        replaceContent(content);
    }

    private void replaceContent(Content content) {
        title = content.title();
        profile = content.profile();
        background = content.background();
        dilemma = content.dilemma();
        options = List.copyOf(content.options());
        theme = content.theme();
        concepts = List.copyOf(content.concepts());
        audience = content.audience();
        benefitTypes = List.copyOf(content.benefitTypes());
        literature = List.copyOf(content.literature());
        inspiredBy = new ArrayList<>(content.inspiredBy());
    }

    /**
     * Corrects a live Kopkraker: the old content is kept as a previous version, the version goes up and the new version
     * is announced in the same write. Votes keep pointing at the version they were cast on.
     */
    public void reviseLive(Content content, String by, Instant at, Function<Kopkraker, OutboxMessage> announcement) {
        if (status != Status.PUBLISHED) {
            throw new IllegalStateException("Only a published Kopkraker gets a new version, " + id + " is " + status);
        }
        previousVersions.add(new PreviousVersion(version, content(), publishedAt, at));
        replaceContent(content);
        version++;
        publishedAt = at;
        history.add(new Transition(Status.PUBLISHED, Status.PUBLISHED, by, at));
        outbox.add(announcement.apply(this));
    }

    public Content content() {
        return new Content(title, profile, background, dilemma, options, theme, concepts, audience, benefitTypes, literature,
                inspiredBy());
    }

    public List<PreviousVersion> previousVersions() {
        return List.copyOf(previousVersions);
    }

    public List<Transition> history() {
        return List.copyOf(history);
    }

    /** Makes this version visible to professionals and queues the announcement in the same write. */
    public void publish(Instant at, OutboxMessage announcement) {
        if (status == Status.PUBLISHED || status == Status.ARCHIVED) {
            throw new IllegalStateException("Kopkraker " + id + " is already " + status);
        }
        history.add(new Transition(status, Status.PUBLISHED, "release-schedule", at));
        status = Status.PUBLISHED;
        publishedAt = at;
        releaseAt = at;
        outbox.add(announcement);
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public String id() {
        return id;
    }

    public int number() {
        return number;
    }

    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    public Status status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant releaseAt() {
        return releaseAt;
    }

    public ClientProfile profile() {
        return profile;
    }

    public String background() {
        return background;
    }

    public String dilemma() {
        return dilemma;
    }

    public List<Option> options() {
        return options;
    }

    public String theme() {
        return theme;
    }

    public List<String> concepts() {
        return concepts;
    }

    public Audience audience() {
        return audience;
    }

    public List<String> benefitTypes() {
        return benefitTypes;
    }

    public List<String> literature() {
        return literature;
    }

    public List<String> inspiredBy() {
        return inspiredBy == null ? List.of() : List.copyOf(inspiredBy);
    }

    private Kopkraker inspiredBy(List<String> dilemmas) {
        this.inspiredBy = new ArrayList<>(dilemmas);
        return this;
    }
}
