package nl.kenniskompas.vote.stemoverzicht;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which Kafka Streams application id the projection runs under. A rebuild starts a new one (a fresh consumer group
 * from offset zero and fresh changelogs); remembering it makes a restart continue with the rebuilt projection.
 */
@Document("projection-generation")
record ProjectionGeneration(@Id String id, String applicationId) {

    static final String STEMOVERZICHT = "stemoverzicht";
}
