package nl.kenniskompas.keuzehulp.catalogue;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;
import java.util.Optional;

/** Every query is scoped by tenant: another organisation's instrument does not exist for the caller. */
public interface Instruments extends MongoRepository<Instrument, String> {

    List<Instrument> findByTenant(String tenant);

    List<Instrument> findByTenantAndStatus(String tenant, InstrumentStatus status);

    /**
     * By id, then the tenant checked here: a query on the id alone is answered from the primary key by every store
     * (the local wire-protocol store reads the whole collection for {@code {_id, tenant}}).
     */
    default Optional<Instrument> findByIdAndTenant(String id, String tenant) {
        return id == null ? Optional.empty() : findById(id).filter(instrument -> instrument.tenant().equals(tenant));
    }

    Optional<Instrument> findByTenantAndKey(String tenant, String key);
}
