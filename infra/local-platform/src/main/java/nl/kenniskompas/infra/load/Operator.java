package nl.kenniskompas.infra.load;

import tools.jackson.databind.JsonNode;

import java.io.IOException;

/**
 * The operator endpoints of vote-service (docs/api-v1-stemoverzicht.md), called on vote-service itself with a
 * platformbeheerder's token: {@code controle} compares the projection with the ballots, cell by cell.
 */
public final class Operator {

    private final Http http;
    private final String voteServiceUrl;
    private final String bearer;

    public Operator(Http http, String voteServiceUrl, String token) {
        this.http = http;
        this.voteServiceUrl = voteServiceUrl;
        this.bearer = "Bearer " + token;
    }

    public Controle controle() throws IOException, InterruptedException {
        Http.Answer answer = http.get(voteServiceUrl + "/api/v1/beheer/stemoverzicht/controle", bearer);
        if (!answer.ok()) {
            return Controle.unavailable(answer.toString());
        }
        JsonNode json = answer.json();
        return new Controle(true, json.path("equal").asBoolean(false), json.path("ballots").asLong(-1),
                json.path("counted").asLong(-1), json.path("pendingEvents").asLong(-1),
                json.path("differences").size(), json.path("differences").toString(), answer.body());
    }

    /** What {@code controle} said; {@code answered} is false when it gave no report (then {@code raw} says why). */
    public record Controle(boolean answered, boolean equal, long ballots, long counted, long pendingEvents,
                           int differenceCount, String differences, String raw) {

        static Controle unavailable(String why) {
            return new Controle(false, false, -1, -1, -1, 0, "[]", why);
        }

        /** Outbox drained and projection caught up: every vote on the topic, and the projection equal to them. */
        public boolean settled() {
            return answered && pendingEvents == 0 && equal && ballots == counted;
        }

        @Override
        public String toString() {
            return answered
                    ? "equal=" + equal + " ballots=" + ballots + " counted=" + counted + " pendingEvents="
                    + pendingEvents + " differences=" + (differenceCount == 0 ? "[]" : differences)
                    : "no report: " + raw;
        }
    }
}
