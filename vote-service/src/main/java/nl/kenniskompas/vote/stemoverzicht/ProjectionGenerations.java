package nl.kenniskompas.vote.stemoverzicht;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Remembers under which application id the projection runs after a rebuild. */
@Component
class ProjectionGenerations {

    private final MongoTemplate mongo;

    ProjectionGenerations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<String> current() {
        return Optional.ofNullable(mongo.findById(ProjectionGeneration.STEMOVERZICHT, ProjectionGeneration.class))
                .map(ProjectionGeneration::applicationId);
    }

    void remember(String applicationId) {
        mongo.save(new ProjectionGeneration(ProjectionGeneration.STEMOVERZICHT, applicationId));
    }
}
