package nl.kenniskompas.keuzehulp.templates;

import nl.kenniskompas.keuzehulp.catalogue.InstrumentContent;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentView;
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

import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/v1/keuzehulp/sjablonen")
class TemplateController {

    private final Templates templates;

    TemplateController(Templates templates) {
        this.templates = templates;
    }

    record TemplateView(String id, long version, Instant updatedAt, String name, InstrumentView.Labelled category,
                        String goal, String provider, InstrumentView.EvidenceView evidence, InstrumentContent content) {

        static TemplateView of(Template template) {
            InstrumentContent c = template.content();
            return new TemplateView(template.id(), template.version(), template.updatedAt(), c.name(),
                    new InstrumentView.Labelled(c.category(), nl.kenniskompas.keuzehulp.vocabulary.Vocabulary.label("categorie", c.category())),
                    c.goal(), c.provider(), InstrumentView.evidence(c.evidence()), c);
        }
    }

    @GetMapping
    List<TemplateView> all(Caller caller) {
        return templates.all().stream().map(TemplateView::of).toList();
    }

    @PostMapping("/{id}/kopie")
    @ResponseStatus(HttpStatus.CREATED)
    InstrumentView copy(@PathVariable String id, Caller caller) {
        return InstrumentView.of(templates.copy(caller, id));
    }

    @PutMapping("/{id}")
    TemplateView change(@PathVariable String id, @RequestBody InstrumentContent content, Caller caller) {
        return TemplateView.of(templates.change(caller, id, content));
    }
}
