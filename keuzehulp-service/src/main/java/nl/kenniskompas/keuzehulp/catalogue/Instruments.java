package nl.kenniskompas.keuzehulp.catalogue;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;
import java.util.Optional;

/** Every query is scoped by tenant: another organisation's instrument does not exist for the caller. */
public interface Instruments extends MongoRepository<Instrument, String> {

    List<Instrument> findByTenant(String tenant);

    List<Instrument> findByTenantAndStatus(String tenant, InstrumentStatus status);

    Optional<Instrument> findByIdAndTenant(String id, String tenant);

    Optional<Instrument> findByTenantAndKey(String tenant, String key);
}
