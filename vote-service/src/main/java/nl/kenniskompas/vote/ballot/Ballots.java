package nl.kenniskompas.vote.ballot;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;
import java.util.stream.Stream;

public interface Ballots extends MongoRepository<Ballot, String> {

    List<Ballot> findByTenantAndVoterOrderByCastAtDesc(String tenant, String voter);

    /** Every ballot, read as a cursor: the votes of record that the projection must equal. */
    Stream<Ballot> streamAllBy();

    default boolean hasVoted(String tenant, String caseId, String voter) {
        return existsById(Ballot.idOf(tenant, caseId, voter));
    }
}
