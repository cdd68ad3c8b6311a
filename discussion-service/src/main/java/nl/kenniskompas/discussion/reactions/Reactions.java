package nl.kenniskompas.discussion.reactions;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Collection;
import java.util.List;

interface Reactions extends MongoRepository<Reaction, String> {

    List<Reaction> findByParentIdInOrderByPostedAtAsc(Collection<String> parentIds);

    List<Reaction> findByTenantAndOpenReportsGreaterThanOrderByOpenReportsDescPostedAtAsc(String tenant, int openReports);

    List<Reaction> findByTenantAndHiddenTrueOrderByPostedAtDesc(String tenant);
}
