package nl.kenniskompas.keuzehulp.templates;

import nl.kenniskompas.keuzehulp.catalogue.CatalogueCsv;
import nl.kenniskompas.keuzehulp.catalogue.Instrument;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentCheck;
import nl.kenniskompas.keuzehulp.catalogue.Managing;
import nl.kenniskompas.keuzehulp.catalogue.TemplateOrigin;
import nl.kenniskompas.platform.outbox.FreshCopy;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The national template catalogue: read by every organisation, copied into its own catalogue (the copy remembers which
 * template and version), changed only by the platformbeheerder. Filled from {@code catalogus/landelijk-sjabloon.csv}
 * when empty.
 */
@Service
public class Templates {

    private static final Logger log = LoggerFactory.getLogger(Templates.class);
    private final MongoTemplate mongo;
    private final Managing managing;
    private final Clock clock;

    Templates(MongoTemplate mongo, Managing managing, Clock clock) {
        this.mongo = mongo;
        this.managing = managing;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(0)
    void fillWhenEmpty() {
        if (mongo.count(new org.springframework.data.mongodb.core.query.Query(), Template.class) > 0) {
            return;
        }
        CatalogueCsv.Parsed parsed;
        try {
            parsed = CatalogueCsv.parse(new ClassPathResource("catalogus/landelijk-sjabloon.csv").getContentAsByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("The national template catalogue is missing from the jar", e);
        }
        if (!parsed.problems().isEmpty()) {
            throw new IllegalStateException("The national template catalogue does not read: " + parsed.problems());
        }
        for (CatalogueCsv.Row row : parsed.rows()) {
            InstrumentCheck.Checked checked = InstrumentCheck.check(row.content(), true);
            if (!checked.problems().isEmpty()) {
                throw new IllegalStateException("Template " + row.key() + " breaks the rules: " + checked.problems());
            }
            mongo.insert(new Template(row.key(), checked.content(), clock.instant(), "landelijk"));
        }
        log.info("National template catalogue: {} instruments", parsed.rows().size());
    }

    public List<Template> all() {
        return mongo.findAll(Template.class).stream()
                .sorted(Comparator.comparing(template -> template.content().name(), String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public Optional<Template> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Template.class));
    }

    /** A concept in the caller's catalogue, under the template's key unless the organisation already uses it. */
    public Instrument copy(Caller caller, String templateId) {
        caller.require(Role.INSTRUMENTBEHEERDER);
        Template template = existing(templateId);
        return managing.create(caller, templateId, template.content(), new TemplateOrigin(template.id(), template.version()));
    }

    public Template change(Caller caller, String templateId, nl.kenniskompas.keuzehulp.catalogue.InstrumentContent content) {
        caller.require(Role.PLATFORMBEHEERDER);
        existing(templateId);
        InstrumentCheck.Checked checked = InstrumentCheck.check(content, true);
        if (!checked.problems().isEmpty()) {
            throw Problem.invalidFields(checked.problems());
        }
        // Two platformbeheerders may save at the same moment: the later change is made to the earlier's result.
        return FreshCopy.saved("Dit sjabloon", () -> {
            Template template = existing(templateId);
            template.change(checked.content(), clock.instant(), caller.name());
            return mongo.save(template);
        });
    }

    private Template existing(String templateId) {
        return byId(templateId).orElseThrow(() -> Problem.notFound("Er is geen landelijk sjabloon '" + templateId + "'."));
    }
}
