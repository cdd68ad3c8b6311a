package nl.kenniskompas.vote.ballot;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Ballots extends MongoRepository<Ballot, String> {

    default boolean hasVoted(String tenant, String caseId, String voter) {
        return existsById(Ballot.idOf(tenant, caseId, voter));
    }
}
