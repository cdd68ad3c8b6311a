package nl.kenniskompas.keuzehulp.catalogue;

import nl.kenniskompas.platform.tenant.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;

/** The instrumentbeheerder's side of the catalogue. */
@RestController
@RequestMapping("/api/v1/keuzehulp/beheer/instrumenten")
class BeheerController {

    private final Managing managing;

    BeheerController(Managing managing) {
        this.managing = managing;
    }

    @GetMapping
    List<InstrumentView> all(Caller caller) {
        return managing.all(caller).stream()
                .sorted(Comparator.comparing(instrument -> instrument.content().name(), String.CASE_INSENSITIVE_ORDER))
                .map(InstrumentView::of).toList();
    }

    @GetMapping("/{id}")
    InstrumentView one(@PathVariable String id, Caller caller) {
        return InstrumentView.of(managing.one(caller, id));
    }

    record NewInstrument(String key, InstrumentContent content) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    InstrumentView create(@RequestBody NewInstrument form, Caller caller) {
        return InstrumentView.of(managing.create(caller, form.key(), form.content() == null ? empty() : form.content(), null));
    }

    @PutMapping("/{id}")
    InstrumentView edit(@PathVariable String id, @RequestBody InstrumentContent content, Caller caller) {
        return InstrumentView.of(managing.edit(caller, id, content));
    }

    @PostMapping("/{id}/publicatie")
    InstrumentView publish(@PathVariable String id, Caller caller) {
        return InstrumentView.of(managing.publish(caller, id));
    }

    record Retirement(String reason) {
    }

    @PostMapping("/{id}/intrekking")
    InstrumentView retire(@PathVariable String id, @RequestBody(required = false) Retirement retirement, Caller caller) {
        return InstrumentView.of(managing.retire(caller, id, retirement == null ? null : retirement.reason()));
    }

    private static InstrumentContent empty() {
        return new InstrumentContent(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
