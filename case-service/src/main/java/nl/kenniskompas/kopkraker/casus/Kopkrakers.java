package nl.kenniskompas.kopkraker.casus;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface Kopkrakers extends MongoRepository<Kopkraker, String> {

    List<Kopkraker> findByStatusOrderByPublishedAtDesc(Status status);

    List<Kopkraker> findByStatusAndReleaseAtLessThanEqual(Status status, Instant moment);

    Optional<Kopkraker> findFirstByStatusOrderByReleaseAtAsc(Status status);

    Optional<Kopkraker> findFirstByOrderByNumberDesc();

    List<Kopkraker> findAllByOrderByNumberDesc();

    /** The number a new Kopkraker takes now; the unique index refuses it if someone else takes it first. */
    default int nextNumber() {
        return findFirstByOrderByNumberDesc().map(Kopkraker::number).orElse(0) + 1;
    }

    default Optional<Kopkraker> findPublished(String id) {
        return findById(id).filter(Kopkraker::isPublished);
    }
}
