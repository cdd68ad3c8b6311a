package nl.kenniskompas.discussion.voters;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What discussion-service knows of one professional's vote on one Kopkraker, learned from {@code vote-cast}: that
 * they voted (only voters read and write reactions), what they chose now (shown next to their reactions, kept in
 * step when they change their mind) and their function from the profile they voted with.
 */
@Document("case-voters")
public record CaseVoter(@Id String id, String tenant, String caseId, String voter, String optionId, String function,
                        long ballotVersion) {

    public static String idOf(String tenant, String caseId, String voter) {
        return tenant + ":" + caseId + ":" + voter;
    }
}
