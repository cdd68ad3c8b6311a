package nl.kenniskompas.dilemma.submissions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One praktijkdilemma as the respondent described it, and where the redactie has taken it since. Lives inside its
 * {@link Submission}: the dilemmas of one form are written together or not at all.
 */
public class Dilemma {

    private String id;
    private long number;
    private String problem;
    private String approach1;
    private String approach2;
    private List<String> knowledgeSources = new ArrayList<>();
    private String otherKnowledgeSource;
    private int chosenApproach;
    private String theme;
    private Status status = Status.NIEUW;
    private String reason;
    private List<UsedFor> usedFor = new ArrayList<>();
    private List<TriageEntry> history = new ArrayList<>();

    protected Dilemma() {
    }

    public Dilemma(long number, String problem, String approach1, String approach2, List<String> knowledgeSources,
                   String otherKnowledgeSource, int chosenApproach) {
        this.id = idOf(number);
        this.number = number;
        this.problem = problem;
        this.approach1 = approach1;
        this.approach2 = approach2;
        this.knowledgeSources = new ArrayList<>(knowledgeSources);
        this.otherKnowledgeSource = otherKnowledgeSource;
        this.chosenApproach = chosenApproach;
    }

    /** "PD-0042": short enough to write in a Kopkraker's {@code inspiredBy}, in the order they came in. */
    public static String idOf(long number) {
        return "PD-%04d".formatted(number);
    }

    /** Answers whether the theme changed. */
    boolean theme(String newTheme, String label, String by, Instant at) {
        if (java.util.Objects.equals(theme, newTheme)) {
            return false;
        }
        theme = newTheme;
        history.add(new TriageEntry(at, by, newTheme == null ? "Thema weggehaald" : "Thema: " + label));
        return true;
    }

    /** Answers whether the status changed. The caller checked that the change is allowed. */
    boolean status(Status newStatus, String newReason, String by, Instant at) {
        if (status == newStatus && java.util.Objects.equals(reason, newReason)) {
            return false;
        }
        status = newStatus;
        reason = newStatus == Status.NIET_GEBRUIKT ? newReason : null;
        history.add(new TriageEntry(at, by, "Status: " + newStatus.label() + (reason == null ? "" : " (" + reason + ")")));
        return true;
    }

    /** Answers whether this is news: a Kopkraker seen again (a new version, a redelivery) changes nothing. */
    boolean usedFor(UsedFor kopkraker, Instant at) {
        if (usedFor.stream().anyMatch(known -> known.caseId().equals(kopkraker.caseId()))) {
            return false;
        }
        usedFor.add(kopkraker);
        status = Status.GEBRUIKT;
        reason = null;
        history.add(new TriageEntry(at, "publicatie", "Gebruikt voor Kopkraker " + kopkraker.number() + " '" + kopkraker.title() + "'"));
        return true;
    }

    public String id() {
        return id;
    }

    public long number() {
        return number;
    }

    public String problem() {
        return problem;
    }

    public String approach1() {
        return approach1;
    }

    public String approach2() {
        return approach2;
    }

    public List<String> knowledgeSources() {
        return List.copyOf(knowledgeSources);
    }

    public String otherKnowledgeSource() {
        return otherKnowledgeSource;
    }

    public int chosenApproach() {
        return chosenApproach;
    }

    public String theme() {
        return theme;
    }

    public Status status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public List<UsedFor> usedFor() {
        return List.copyOf(usedFor);
    }

    public List<TriageEntry> history() {
        return List.copyOf(history);
    }
}
