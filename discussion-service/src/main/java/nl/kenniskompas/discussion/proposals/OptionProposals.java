package nl.kenniskompas.discussion.proposals;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface OptionProposals extends MongoRepository<OptionProposal, String> {

    List<OptionProposal> findByCaseIdOrderBySupportDescProposedAtAsc(String caseId);

    List<OptionProposal> findAllByOrderByCaseIdAscSupportDescProposedAtAsc();
}
