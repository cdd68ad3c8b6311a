package nl.kenniskompas.vote.profile;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a professional tells about themselves for the stemoverzicht's breakdowns: function and years in the field,
 * both optional, as vocabulary codes. Kept under the voter's pseudonym, like the ballots; never a user id.
 */
@Document("profiles")
public record Profile(@Id String id, String tenant, String function, String yearsInField) {

    static String idOf(String tenant, String voter) {
        return tenant + ":" + voter;
    }

    static Profile empty(String tenant, String voter) {
        return new Profile(idOf(tenant, voter), tenant, null, null);
    }
}
