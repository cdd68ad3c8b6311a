package nl.kenniskompas.vote.ballot;

import nl.kenniskompas.platform.outbox.OutboxMessage;
import nl.kenniskompas.vote.profile.Profile;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One professional's choice on one Kopkraker: at most one per voter per case, by its id. The voter is a pseudonym;
 * the vote store does not keep who it is. Every change carries its {@code vote-cast} event in {@link #outbox}, so the
 * ballot and the event stream cannot disagree.
 */
@Document(Ballot.COLLECTION)
public class Ballot {

    static final String COLLECTION = "ballots";

    @Id
    private String id;
    private String tenant;
    private String caseId;
    private String voter;
    private String optionId;
    private int caseVersion;
    private long ballotVersion;
    private Instant castAt;
    private String function;
    private String yearsInField;
    @Version
    private Long revision;
    private List<OutboxMessage> outbox = new ArrayList<>();

    protected Ballot() {
    }

    private Ballot(String tenant, String caseId, String voter) {
        this.id = idOf(tenant, caseId, voter);
        this.tenant = tenant;
        this.caseId = caseId;
        this.voter = voter;
    }

    public static String idOf(String tenant, String caseId, String voter) {
        return tenant + ":" + caseId + ":" + voter;
    }

    static Ballot first(String tenant, String caseId, String voter) {
        return new Ballot(tenant, caseId, voter);
    }

    /**
     * Records a choice. Choosing what is already chosen changes nothing and returns false; otherwise the choice moves,
     * the ballot version goes up and the announcement of this change is queued with it. The vote keeps the voter's
     * profile groups of this moment: the stemoverzicht's breakdowns count it there.
     */
    boolean choose(String optionId, int caseVersion, Instant at, Profile profile, Announcer announcer) {
        if (optionId.equals(this.optionId)) {
            return false;
        }
        String previous = this.optionId;
        this.optionId = optionId;
        this.caseVersion = caseVersion;
        this.ballotVersion++;
        this.castAt = at;
        this.function = profile.function();
        this.yearsInField = profile.yearsInField();
        outbox.add(announcer.voteCast(this, previous));
        return true;
    }

    /** Builds the event that announces a change of this ballot. */
    interface Announcer {
        OutboxMessage voteCast(Ballot ballot, String previousOptionId);
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

    public String voter() {
        return voter;
    }

    public String optionId() {
        return optionId;
    }

    public int caseVersion() {
        return caseVersion;
    }

    public long ballotVersion() {
        return ballotVersion;
    }

    public Instant castAt() {
        return castAt;
    }

    public String function() {
        return function;
    }

    public String yearsInField() {
        return yearsInField;
    }

    /** True while this ballot's latest change is not yet on the topic. */
    public boolean announcementPending() {
        return !outbox.isEmpty();
    }
}
