package nl.kenniskompas.discussion.proposals;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A third (or fourth) way to handle a Kopkraker's dilemma, proposed by a professional who voted on it. Work sessions
 * kept producing these (seed 001, chapter 5); redacteuren read them, ranked by support, as input for new Kopkrakers.
 * Shared nationwide: it is about the case, not about a client.
 */
@Document("option-proposals")
class OptionProposal {

    @Id
    private String id;
    private String caseId;
    private String tenant;
    private String author;
    private String title;
    private String explanation;
    private Instant proposedAt;
    /** "tenant:pseudonym" of each supporter. */
    private Set<String> supporters = new LinkedHashSet<>();
    private int support;
    @Version
    private Long revision;

    protected OptionProposal() {
    }

    OptionProposal(String id, String caseId, String tenant, String author, String title, String explanation, Instant at) {
        this.id = id;
        this.caseId = caseId;
        this.tenant = tenant;
        this.author = author;
        this.title = title;
        this.explanation = explanation;
        this.proposedAt = at;
    }

    boolean support(String person, boolean supports) {
        boolean changed = supports ? supporters.add(person) : supporters.remove(person);
        support = supporters.size();
        return changed;
    }

    String id() {
        return id;
    }

    String caseId() {
        return caseId;
    }

    String tenant() {
        return tenant;
    }

    String author() {
        return author;
    }

    String title() {
        return title;
    }

    String explanation() {
        return explanation;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    int support() {
        return support;
    }

    boolean supportedBy(String person) {
        return supporters.contains(person);
    }
}
