package nl.kenniskompas.discussion.reactions;

import nl.kenniskompas.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A professional's "why" under a Kopkraker, or a reply to one (one level deep). The author is a pseudonym. Everything
 * that happens to it (edits, deletion, reports, moderation) is kept in its audit trail, and each change that analytics
 * count carries its event in the same document write ({@link #outbox}).
 */
@Document(Reaction.COLLECTION)
@CompoundIndex(name = "case-thread", def = "{'caseId': 1, 'parentId': 1, 'postedAt': -1}")
public class Reaction {

    static final String COLLECTION = "reactions";

    @Id
    private String id;
    private String tenant;
    private String caseId;
    private String parentId;
    private String author;
    private String text;
    private Visibility visibility;
    private Instant postedAt;
    private Instant editedAt;
    private boolean deleted;
    private boolean hidden;
    private int replyCount;
    /** "tenant:pseudonym" of everyone who found it recognisable: pseudonyms are per tenant. */
    private Set<String> recognisedBy = new LinkedHashSet<>();
    private int recognitions;
    private List<Report> reports = new ArrayList<>();
    private int openReports;
    private List<AuditEntry> audit = new ArrayList<>();
    @Version
    private Long revision;
    private List<OutboxMessage> outbox = new ArrayList<>();

    protected Reaction() {
    }

    static Reaction post(String id, String tenant, String caseId, String author, String text, Visibility visibility,
                         Instant at) {
        Reaction reaction = new Reaction();
        reaction.id = id;
        reaction.tenant = tenant;
        reaction.caseId = caseId;
        reaction.author = author;
        reaction.text = text;
        reaction.visibility = visibility;
        reaction.postedAt = at;
        reaction.audit.add(new AuditEntry("GEPLAATST", author, null, at));
        return reaction;
    }

    /** A reply shares its parent's case, organisation scope and visibility: it is part of that conversation. */
    Reaction reply(String id, String tenant, String author, String text, Instant at) {
        Reaction reply = post(id, tenant, caseId, author, text, visibility, at);
        reply.parentId = this.id;
        return reply;
    }

    void announce(OutboxMessage event) {
        outbox.add(event);
    }

    void edit(String newText, Instant at) {
        text = newText;
        editedAt = at;
        audit.add(new AuditEntry("BEWERKT", author, null, at));
    }

    /** The text goes; the place in the conversation stays while there are replies to it. */
    void delete(Instant at) {
        deleted = true;
        text = null;
        audit.add(new AuditEntry("VERWIJDERD", author, null, at));
    }

    /** @return false if this person had already done so */
    boolean recognise(String personKey) {
        boolean added = recognisedBy.add(personKey);
        recognitions = recognisedBy.size();
        return added;
    }

    boolean forget(String personKey) {
        boolean removed = recognisedBy.remove(personKey);
        recognitions = recognisedBy.size();
        return removed;
    }

    /** One report per person; a second one changes nothing. */
    boolean report(String personKey, String reason, Instant at) {
        if (reports.stream().anyMatch(report -> report.by().equals(personKey))) {
            return false;
        }
        reports.add(new Report(personKey, reason, at, false));
        openReports++;
        audit.add(new AuditEntry("GEMELD", personKey, reason, at));
        return true;
    }

    void hide(String moderator, String reason, Instant at) {
        hidden = true;
        settleReports();
        audit.add(new AuditEntry("VERBORGEN", moderator, reason, at));
    }

    void restore(String moderator, String reason, Instant at) {
        hidden = false;
        settleReports();
        audit.add(new AuditEntry("HERSTELD", moderator, reason, at));
    }

    private void settleReports() {
        reports = new ArrayList<>(reports.stream().map(Report::handled).toList());
        openReports = 0;
    }

    public boolean isReply() {
        return parentId != null;
    }

    public boolean readableBy(String readerTenant) {
        return tenant.equals(readerTenant) || visibility == Visibility.LANDELIJK;
    }

    public String id() {
        return id;
    }

    public String tenant() {
        return tenant;
    }

    public String caseId() {
        return caseId;
    }

    public String parentId() {
        return parentId;
    }

    public String author() {
        return author;
    }

    public String text() {
        return text;
    }

    public Visibility visibility() {
        return visibility;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public boolean deleted() {
        return deleted;
    }

    public boolean hidden() {
        return hidden;
    }

    public int replyCount() {
        return replyCount;
    }

    public int recognitions() {
        return recognitions;
    }

    public boolean recognisedBy(String personKey) {
        return recognisedBy.contains(personKey);
    }

    public List<Report> reports() {
        return List.copyOf(reports);
    }

    public int openReports() {
        return openReports;
    }

    public List<AuditEntry> audit() {
        return List.copyOf(audit);
    }

    /** Someone's report: who (tenant:pseudonym), why and whether a moderator has dealt with it. */
    public record Report(String by, String reason, Instant at, boolean settled) {
        Report handled() {
            return new Report(by, reason, at, true);
        }
    }

    /** One line of the audit trail; {@code by} is a pseudonym, for moderators prefixed with "moderator:". */
    public record AuditEntry(String action, String by, String reason, Instant at) {
    }
}
