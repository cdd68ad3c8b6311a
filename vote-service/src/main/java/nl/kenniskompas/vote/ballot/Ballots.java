package nl.kenniskompas.vote.ballot;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

public interface Ballots extends MongoRepository<Ballot, String> {

    List<Ballot> findByTenantAndVoterOrderByCastAtDesc(String tenant, String voter);

    default boolean hasVoted(String tenant, String caseId, String voter) {
        return existsById(Ballot.idOf(tenant, caseId, voter));
    }
}
