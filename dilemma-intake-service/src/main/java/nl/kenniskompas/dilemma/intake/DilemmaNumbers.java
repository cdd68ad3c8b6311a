package nl.kenniskompas.dilemma.intake;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Hands out dilemma numbers (PD-0001, PD-0002, …) from one counter document. A form that is refused after taking
 * numbers leaves a gap; numbers only need to be unique and rising.
 */
@Component
class DilemmaNumbers {

    private static final String COLLECTION = "counters";
    private final MongoTemplate mongo;

    DilemmaNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The first of {@code count} consecutive numbers. */
    long take(int count) {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is("dilemma")),
                new Update().inc("last", (long) count),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        return ((Number) counter.get("last")).longValue() - count + 1;
    }
}
