package nl.kenniskompas.keuzehulp.reviews;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;
import java.util.Optional;

interface Reviews extends MongoRepository<Review, String> {

    List<Review> findByTenant(String tenant);

    List<Review> findByTenantAndInstrumentId(String tenant, String instrumentId);

    Optional<Review> findByIdAndTenant(String id, String tenant);
}
