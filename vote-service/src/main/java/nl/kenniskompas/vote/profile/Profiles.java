package nl.kenniskompas.vote.profile;

import org.springframework.data.mongodb.repository.MongoRepository;

interface Profiles extends MongoRepository<Profile, String> {
}
