package nl.kenniskompas.discussion.voters;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CaseVoters extends MongoRepository<CaseVoter, String> {

    default Optional<CaseVoter> of(String tenant, String caseId, String voter) {
        return findById(CaseVoter.idOf(tenant, caseId, voter));
    }

    List<CaseVoter> findByIdIn(Collection<String> ids);
}
