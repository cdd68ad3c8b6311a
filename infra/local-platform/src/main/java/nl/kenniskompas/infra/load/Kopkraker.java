package nl.kenniskompas.infra.load;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A published Kopkraker that vote-service accepts votes on, with its option ids. */
public record Kopkraker(String id, List<String> options) {

    /**
     * Up to {@code max} published Kopkrakers, newest first, once vote-service takes votes on each of them:
     * case-service publishes them at start and vote-service learns them from {@code case-published} a moment later.
     * {@code firstVoter} votes for the first option of each (until that is answered 2xx); the caller counts that vote.
     */
    public static List<Kopkraker> votable(Http http, String gatewayUrl, Professional firstVoter, int max,
                                          Duration within) throws IOException, InterruptedException {
        Professional nonVoter = firstVoter;
        Instant deadline = Instant.now().plus(within);
        List<Kopkraker> found = new ArrayList<>();
        Http.Answer list = until(deadline, "the list of published Kopkrakers",
                () -> http.get(gatewayUrl + "/api/v1/kopkrakers", nonVoter.bearer()),
                answer -> answer.ok() && answer.json().path("items").size() > 0);
        for (JsonNode item : list.json().path("items")) {
            if (found.size() == max) {
                break;
            }
            String id = item.path("id").asString();
            Http.Answer detail = until(deadline, "Kopkraker " + id,
                    () -> http.get(gatewayUrl + "/api/v1/kopkrakers/" + id, nonVoter.bearer()), Http.Answer::ok);
            List<String> options = new ArrayList<>();
            detail.json().path("options").forEach(option -> options.add(option.path("id").asString()));
            until(deadline, "vote-service to take a vote on Kopkraker " + id,
                    () -> http.putJson(gatewayUrl + "/api/v1/kopkrakers/" + id + "/stem", firstVoter.bearer(),
                            "{\"optionId\":\"" + options.get(0) + "\"}"),
                    Http.Answer::ok);
            found.add(new Kopkraker(id, List.copyOf(options)));
        }
        return found;
    }

    interface Call {
        Http.Answer call() throws IOException, InterruptedException;
    }

    interface Check {
        boolean test(Http.Answer answer);
    }

    private static Http.Answer until(Instant deadline, String what, Call call, Check done)
            throws IOException, InterruptedException {
        Http.Answer last = null;
        IOException lastError = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = call.call();
                if (done.test(last)) {
                    return last;
                }
            } catch (IOException e) {
                lastError = e;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Waited in vain for " + what + "; last answer: "
                + (last != null ? last : lastError));
    }
}
