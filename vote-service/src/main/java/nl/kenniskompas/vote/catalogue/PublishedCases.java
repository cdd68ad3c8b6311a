package nl.kenniskompas.vote.catalogue;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface PublishedCases extends MongoRepository<PublishedCase, String> {
}
