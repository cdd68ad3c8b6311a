package nl.kenniskompas.vote.catalogue;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * What vote-service knows of a Kopkraker: which version is live and which options it has. Learned from
 * {@code case-published}, so voting never calls case-service.
 */
@Document("published-cases")
public record PublishedCase(@Id String caseId, int version, List<String> optionIds) {

    public boolean hasOption(String optionId) {
        return optionIds.contains(optionId);
    }
}
