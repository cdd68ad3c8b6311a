package nl.kenniskompas.dilemma.submissions;

import nl.kenniskompas.events.DilemmaSubmitted;
import nl.kenniskompas.events.DilemmaTriaged;
import nl.kenniskompas.events.EventTypes;
import nl.kenniskompas.events.Topics;
import nl.kenniskompas.platform.outbox.OutboxMessage;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.ZoneId;

/** Maps submissions to the {@code dilemma-submitted} and {@code dilemma-triaged} contracts. */
@Component
public class DilemmaEvents {

    /** The day a dilemma came in is a Dutch day. */
    public static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final JsonMapper json;

    DilemmaEvents(JsonMapper json) {
        this.json = json;
    }

    /** The event's time is the start of the day it came in: the exact moment could be matched to a sign-in. */
    public OutboxMessage submitted(Submission submission, Dilemma dilemma) {
        Background background = submission.background();
        var event = new DilemmaSubmitted(dilemma.id(), submission.id(), submission.dilemmas().size(), background.function(),
                background.functionOther(), background.educationLevel(), background.yearsInField(), dilemma.problem(),
                dilemma.approach1(), dilemma.approach2(), dilemma.knowledgeSources(), dilemma.otherKnowledgeSource(),
                dilemma.chosenApproach(), submission.remark(), submission.receivedOn());
        return OutboxMessage.pending(Topics.DILEMMA_SUBMITTED, dilemma.id(), EventTypes.DILEMMA_SUBMITTED_V1,
                submission.tenant(), submission.receivedOn().atStartOfDay(NL).toInstant(), json.writeValueAsString(event));
    }

    public OutboxMessage triaged(Submission submission, Dilemma dilemma, String themeLabel, Instant at) {
        var event = new DilemmaTriaged(dilemma.id(), dilemma.theme(), themeLabel, dilemma.status().name(), dilemma.reason(),
                dilemma.usedFor().stream().map(UsedFor::caseId).toList(), at);
        return OutboxMessage.pending(Topics.DILEMMA_TRIAGED, dilemma.id(), EventTypes.DILEMMA_TRIAGED_V1,
                submission.tenant(), at, json.writeValueAsString(event));
    }
}
