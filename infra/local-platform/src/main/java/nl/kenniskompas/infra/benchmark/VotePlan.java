package nl.kenniskompas.infra.benchmark;

import io.netty.handler.codec.http.HttpMethod;
import nl.kenniskompas.infra.load.Kopkraker;
import nl.kenniskompas.infra.load.Professional;

import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The votes of a load run: every request is a real write. The plan walks over (professional, Kopkraker) pairs; a
 * pair's first request casts a vote and each later one moves it to the next option, so no request is the idempotent
 * no-op of repeating one's choice. With thousands of pairs a pair comes round again only many seconds later, so one
 * professional never has two requests for the same case in flight. Runs continue where the previous one stopped.
 */
final class VotePlan {

    private final List<Professional> voters;
    private final List<Kopkraker> kopkrakers;
    private final AtomicIntegerArray times;
    private final AtomicLong cursor = new AtomicLong();

    VotePlan(List<Professional> voters, List<Kopkraker> kopkrakers) {
        this.voters = voters;
        this.kopkrakers = kopkrakers;
        this.times = new AtomicIntegerArray(voters.size() * kopkrakers.size());
    }

    int pairs() {
        return times.length();
    }

    LoadGenerator.Request next(String baseUrl) {
        int pair = (int) (cursor.getAndIncrement() % times.length());
        // Consecutive requests go to different professionals: no one user's rate limit is what gets measured.
        Professional voter = voters.get(pair % voters.size());
        Kopkraker kopkraker = kopkrakers.get(pair / voters.size());
        List<String> options = kopkraker.options();
        String option = options.get(times.getAndIncrement(pair) % options.size());
        return new LoadGenerator.Request(HttpMethod.PUT, baseUrl + "/api/v1/kopkrakers/" + kopkraker.id() + "/stem",
                voter.bearer(), "{\"optionId\":\"" + option + "\"}");
    }
}
