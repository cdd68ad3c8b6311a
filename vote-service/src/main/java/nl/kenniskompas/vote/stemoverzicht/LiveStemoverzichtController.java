package nl.kenniskompas.vote.stemoverzicht;

import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.vote.catalogue.PublishedCase;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The stemoverzicht as a server-sent-event stream: the same figures as the GET, live. Only for those who voted. */
@RestController
class LiveStemoverzichtController {

    private final Viewers viewers;
    private final StemoverzichtQuery query;
    private final LiveStemoverzicht live;

    LiveStemoverzichtController(Viewers viewers, StemoverzichtQuery query, LiveStemoverzicht live) {
        this.viewers = viewers;
        this.query = query;
        this.live = live;
    }

    @GetMapping(value = "/api/v1/kopkrakers/{caseId}/stemoverzicht/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@PathVariable String caseId, Caller caller,
                    @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        PublishedCase kopkraker = viewers.votedOn(caseId, caller);
        return live.subscribe(kopkraker, caller.tenant(), query.tallyOf(caseId), lastEventId);
    }
}
