package nl.kenniskompas.vote.stemoverzicht;

import nl.kenniskompas.events.CloudEventAttributes;
import nl.kenniskompas.events.VoteCast;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.kenniskompas.platform.events.EventJson;

import java.nio.charset.StandardCharsets;

/**
 * Turns {@code vote-cast} events into count changes, keyed by Kopkraker. It remembers the last applied version of
 * every ballot, so a redelivered or replayed event (same or older ballot version) changes nothing, and a changed vote
 * moves: from the option the projection last counted for that ballot to the new one. Under exactly-once processing the memory,
 * the changes and the consumed offsets commit together.
 */
class BallotChanges implements Processor<String, String, String, Delta> {

    private static final Logger log = LoggerFactory.getLogger(BallotChanges.class);

    private final EventJson json;
    private ProcessorContext<String, Delta> context;
    private KeyValueStore<String, BallotState> ballots;

    BallotChanges(EventJson json) {
        this.json = json;
    }

    @Override
    public void init(ProcessorContext<String, Delta> context) {
        this.context = context;
        this.ballots = context.getStateStore(StemoverzichtTopology.BALLOTS_STORE);
    }

    @Override
    public void process(Record<String, String> record) {
        Header tenantHeader = record.headers().lastHeader(CloudEventAttributes.TENANT);
        if (tenantHeader == null || record.key() == null) {
            log.warn("Skipping vote-cast record without tenant or key");
            return;
        }
        String tenant = new String(tenantHeader.value(), StandardCharsets.UTF_8);
        VoteCast vote = json.read(record.value(), VoteCast.class);
        BallotState known = ballots.get(record.key());
        if (known != null && known.ballotVersion() >= vote.ballotVersion()) {
            return;
        }
        BallotState now = new BallotState(vote.ballotVersion(), vote.optionId(), vote.function(), vote.yearsInField());
        Delta.Counted from = known == null ? null : known.counted();
        context.forward(record.withKey(vote.caseId()).withValue(new Delta(tenant, from, now.counted())));
        ballots.put(record.key(), now);
    }
}
