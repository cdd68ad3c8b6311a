package nl.kenniskompas.dilemma.intake;

import nl.kenniskompas.dilemma.submissions.Background;
import nl.kenniskompas.dilemma.submissions.Dilemma;
import nl.kenniskompas.dilemma.submissions.DilemmaEvents;
import nl.kenniskompas.dilemma.submissions.Status;
import nl.kenniskompas.dilemma.submissions.Submission;
import nl.kenniskompas.dilemma.submissions.Submissions;
import nl.kenniskompas.dilemma.triage.Themes;
import nl.kenniskompas.platform.outbox.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Demo data for README command 1: a few praktijkdilemma's from the demo organisations, in our own words after the
 * kinds TNO collected (seed 001, table 3), so the redactie's inbox and the reports are not empty. Stored and
 * announced the way real forms are. Only into an empty store; off unless {@code kenniskompas.demo-dilemmas.enabled}
 * (the launcher sets {@code KK_DEMO_DILEMMAS=true}); tests count exact forms.
 */
@Component
@ConditionalOnBooleanProperty("kenniskompas.demo-dilemmas.enabled")
class DemoDilemmas {

    private static final Logger log = LoggerFactory.getLogger(DemoDilemmas.class);

    private record Demo(String tenant, int daysAgo, Background background, List<Dilemma> dilemmas, String theme, Status status,
                        String reason) {
    }

    private final Submissions submissions;
    private final DilemmaNumbers numbers;
    private final DilemmaEvents events;
    private final Themes themes;
    private final OutboxRelay relay;
    private final Clock clock;

    DemoDilemmas(Submissions submissions, DilemmaNumbers numbers, DilemmaEvents events, Themes themes, OutboxRelay relay,
                 Clock clock) {
        this.themes = themes;
        this.submissions = submissions;
        this.numbers = numbers;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fill() {
        if (submissions.count() > 0) {
            return;
        }
        List<Demo> demos = demos();
        for (Demo demo : demos) {
            Submission submission = new Submission(UUID.randomUUID().toString(), demo.tenant(), demo.background(),
                    LocalDate.now(clock.withZone(DilemmaEvents.NL)).minusDays(demo.daysAgo()), null, demo.dilemmas());
            submission.dilemmas().forEach(dilemma -> submission.announce(events.submitted(submission, dilemma)));
            Instant at = clock.instant();
            String first = submission.dilemmas().get(0).id();
            if (demo.theme() != null) {
                String label = themes.labelOf(demo.theme());
                submission.theme(first, demo.theme(), label, "Demo-redactie", at,
                        dilemma -> events.triaged(submission, dilemma, label, at));
            }
            if (demo.status() != null) {
                submission.status(first, demo.status(), demo.reason(), "Demo-redactie", at,
                        dilemma -> events.triaged(submission, dilemma, themes.labelOf(dilemma.theme()), at));
            }
            submissions.insert(submission);
        }
        relay.nudge();
        log.info("Demo: {} praktijkdilemma forms added", demos.size());
    }

    private List<Demo> demos() {
        List<Demo> demos = new ArrayList<>();
        demos.add(new Demo("gemeente-amsterdam", 40, new Background("klantmanager", null, "hbo-wo-bachelor", "10-15"),
                List.of(dilemma("Een man van 52 met rugklachten wil graag weer als stratenmaker werken. Dat gaat fysiek niet meer,"
                                + " maar hij wil van ander werk niets weten.",
                        "Meegaan in zijn wens en samen onderzoeken wat in de bouw nog wel kan",
                        "Hem confronteren met de medische grenzen en aansturen op omscholing",
                        List.of("eigen-ervaring", "wensen-werkzoekende"), null, 1)),
                "omscholing-ander-werkveld", Status.IN_BEHANDELING, null));
        demos.add(new Demo("gemeente-amsterdam", 33, new Background("re-integratiecoach", null, "havo-vwo-mbo", "5-10"),
                List.of(dilemma("Een jonge moeder komt afspraken niet na. Ze zegt dat ze geen opvang heeft, maar een plek op de"
                                        + " kinderopvang heeft ze afgeslagen.",
                                "De afspraak vastleggen en bij een volgende keer een maatregel aankondigen",
                                "Eerst uitzoeken wat er achter het afslaan zit en samen een plan maken",
                                List.of("ervaring-collegas", "opleiding-training-intervisie"), null, 2),
                        dilemma("Een deelnemer haalt zijn taaltraject niet en wil liever meteen aan het werk in een magazijn.",
                                "Het taaltraject voortzetten, want zonder taal blijft werk onzeker",
                                "Werk voorrang geven en taal op de werkplek laten oefenen",
                                List.of("eigen-ervaring", "externe-rapporten-literatuur"), null, 2)),
                "sanctioneren-of-motivatie", Status.NIEUW, null));
        demos.add(new Demo("werkzaak-rivierenland", 26, new Background("jobcoach", null, "hbo-wo-bachelor", "0-5"),
                List.of(dilemma("Een vrouw van 61 solliciteert al jaren zonder resultaat en raakt somber. Ze vraagt of ze mag"
                                + " stoppen met solliciteren.",
                        "Een ontheffing van de sollicitatieplicht aanvragen en inzetten op vrijwilligerswerk",
                        "Blijven zoeken, maar gerichter, met hulp van een werkgeversadviseur",
                        List.of("wensen-werkzoekende", "interne-beleidsrichtlijnen"), null, 1)),
                "leeftijd-ontheffing", Status.NIET_GEBRUIKT, "Lijkt sterk op een bestaande Kopkraker"));
        demos.add(new Demo("werkzaak-rivierenland", 19, Background.NONE,
                List.of(dilemma("Iemand met forse schulden krijgt een baan aangeboden voor 24 uur. Door de beslagen houdt hij"
                                + " er bijna niets aan over en twijfelt of hij het moet doen.",
                        "Eerst de schulden regelen via schuldhulpverlening en daarna pas werk",
                        "Nu de baan aannemen en tegelijk schuldhulp starten",
                        List.of("eigen-ervaring", "internet"), null, 2)),
                null, null, null));
        demos.add(new Demo("uwv", 12, new Background("arbeidsdeskundige", null, "wo-master-doctor", "20+"),
                List.of(dilemma("Een man in de WW met een hbo-diploma vindt geen werk op zijn niveau. Een baan op mbo-niveau"
                                + " is er wel.",
                        "Hem aanraden de baan op lager niveau te nemen en vandaaruit door te groeien",
                        "Nog drie maanden gericht zoeken op zijn eigen niveau",
                        List.of("eigen-ervaring", "ervaring-collegas", "anders"), "Gesprekken met werkgevers", 1)),
                "baan-op-lager-niveau", Status.IN_BEHANDELING, null));
        demos.add(new Demo("uwv", 5, new Background("anders", "Werkcoach", "hbo-wo-bachelor", "15-20"),
                List.of(dilemma("Een vrouw met een Wajong-uitkering zegt dat ze het best vindt zo en geen begeleiding wil.",
                        "Haar met rust laten en over een half jaar opnieuw contact opnemen",
                        "Toch een kennismaking met een werkgever regelen om te laten zien wat kan",
                        List.of("wensen-werkzoekende"), null, 1)),
                null, null, null));
        return demos;
    }

    private Dilemma dilemma(String problem, String approach1, String approach2, List<String> sources, String other, int chosen) {
        return new Dilemma(numbers.take(1), problem, approach1, approach2, sources, other, chosen);
    }
}
