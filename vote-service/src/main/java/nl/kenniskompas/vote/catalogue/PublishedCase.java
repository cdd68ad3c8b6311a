package nl.kenniskompas.vote.catalogue;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * What vote-service knows of a Kopkraker: which version is live, which options it has, and whether it was archived
 * (no more votes; the stemoverzicht stays). Learned from {@code case-published} and {@code case-archived}, so voting
 * never calls case-service.
 */
@Document("published-cases")
public record PublishedCase(@Id String caseId, int version, List<String> optionIds, boolean archived) {

    public boolean hasOption(String optionId) {
        return optionIds.contains(optionId);
    }

    PublishedCase archivedNow() {
        return new PublishedCase(caseId, version, optionIds, true);
    }
}
