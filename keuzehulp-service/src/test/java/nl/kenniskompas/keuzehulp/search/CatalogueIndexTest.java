package nl.kenniskompas.keuzehulp.search;

import nl.kenniskompas.keuzehulp.catalogue.CatalogueChanged;
import nl.kenniskompas.keuzehulp.catalogue.Instrument;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentContent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches never wait for another instance's changes to be read: the old catalogue serves until the new one is in.
 * The cache's background work runs only when the test says so.
 */
class CatalogueIndexTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger version = new AtomicInteger(1);
    private final AtomicInteger reads = new AtomicInteger();
    private final Deque<Runnable> background = new ArrayDeque<>();
    private final CatalogueIndex index = new CatalogueIndex(tenant -> {
        reads.incrementAndGet();
        return List.of(CatalogueIndex.indexed(instrument("versie-" + version.get())));
    }, now::get, background::add);

    @Test
    void anExpiredCatalogueIsRefreshedInTheBackgroundWhileSearchesUseTheOldOne() {
        assertThat(key(index.of("uwv"))).isEqualTo("versie-1");
        version.set(2);
        now.addAndGet(CatalogueIndex.REFRESH.plusSeconds(1).toNanos());

        assertThat(key(index.of("uwv"))).as("answered at once, from what it had").isEqualTo("versie-1");
        assertThat(reads).as("the new read is queued, not waited for").hasValue(1);
        while (!background.isEmpty()) {
            background.poll().run();
        }

        assertThat(key(index.of("uwv"))).isEqualTo("versie-2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void thisInstancesOwnChangeIsSeenByTheNextSearch() {
        index.of("uwv");
        version.set(2);

        index.changed(new CatalogueChanged("uwv"));

        assertThat(key(index.of("uwv"))).isEqualTo("versie-2");
        assertThat(reads).hasValue(2);
    }

    private static String key(List<Indexed> catalogue) {
        return catalogue.get(0).instrument().key();
    }

    private static Instrument instrument(String key) {
        InstrumentContent content = new InstrumentContent(key, List.of(), "richting-werk", "doel", "werkwijze", null, null,
                "aanbieder", List.of(), null, null, null, null, List.of(), null, null, null, List.of(), Map.of(), null);
        return new Instrument(key, "uwv", key, content, null, "test", Instant.EPOCH);
    }
}
