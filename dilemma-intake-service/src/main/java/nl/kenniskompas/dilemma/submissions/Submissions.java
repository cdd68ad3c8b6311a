package nl.kenniskompas.dilemma.submissions;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface Submissions extends MongoRepository<Submission, String> {

    Optional<Submission> findByDilemmaIds(String dilemmaId);
}
