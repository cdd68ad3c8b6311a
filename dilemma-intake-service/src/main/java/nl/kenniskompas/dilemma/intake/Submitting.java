package nl.kenniskompas.dilemma.intake;

import nl.kenniskompas.dilemma.intake.SubmissionForm.BackgroundForm;
import nl.kenniskompas.dilemma.intake.SubmissionForm.DilemmaForm;
import nl.kenniskompas.dilemma.submissions.Background;
import nl.kenniskompas.dilemma.submissions.Dilemma;
import nl.kenniskompas.dilemma.submissions.DilemmaEvents;
import nl.kenniskompas.dilemma.submissions.Submission;
import nl.kenniskompas.dilemma.submissions.Submissions;
import nl.kenniskompas.events.EducationLevel;
import nl.kenniskompas.events.KnowledgeSource;
import nl.kenniskompas.events.ProfessionalFunction;
import nl.kenniskompas.events.YearsInField;
import nl.kenniskompas.platform.limits.PostingLimits;
import nl.kenniskompas.platform.outbox.OutboxRelay;
import nl.kenniskompas.platform.privacy.PersonalDataGuard;
import nl.kenniskompas.platform.problem.FieldProblem;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.pseudonym.Pseudonyms;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Takes in a filled-in intake form: checks every answer at once (so the respondent fixes all in one go), refuses
 * personal data in every free text, and stores the form with its events in one write. Who sent it is used for one
 * thing only, the posting limit, which lives in memory; the stored form and its events do not know.
 */
@Service
class Submitting {

    private final Submissions submissions;
    private final DilemmaNumbers numbers;
    private final DilemmaEvents events;
    private final PostingLimits limits;
    private final Pseudonyms pseudonyms;
    private final OutboxRelay relay;
    private final Clock clock;

    Submitting(Submissions submissions, DilemmaNumbers numbers, DilemmaEvents events, PostingLimits limits,
               Pseudonyms pseudonyms, OutboxRelay relay, Clock clock) {
        this.submissions = submissions;
        this.numbers = numbers;
        this.events = events;
        this.limits = limits;
        this.pseudonyms = pseudonyms;
        this.relay = relay;
        this.clock = clock;
    }

    Submission submit(Caller caller, SubmissionForm form) {
        caller.require(Role.PROFESSIONAL);
        Checked checked = check(form);
        limits.take(caller.tenantId(), pseudonyms.of(caller.tenantId(), caller.subject()));

        long first = numbers.take(checked.dilemmas().size());
        List<Dilemma> dilemmas = new ArrayList<>();
        for (int i = 0; i < checked.dilemmas().size(); i++) {
            DilemmaForm dilemma = checked.dilemmas().get(i);
            dilemmas.add(new Dilemma(first + i, dilemma.problem(), dilemma.approach1(), dilemma.approach2(),
                    dilemma.knowledgeSources(), dilemma.otherKnowledgeSource(), dilemma.chosenApproach()));
        }
        Submission submission = new Submission(UUID.randomUUID().toString(), caller.tenantId(), checked.background(),
                LocalDate.now(clock.withZone(DilemmaEvents.NL)), checked.remark(), dilemmas);
        submission.dilemmas().forEach(dilemma -> submission.announce(events.submitted(submission, dilemma)));
        Submission saved = submissions.insert(submission);
        relay.nudge(Submission.COLLECTION, saved.id());
        return saved;
    }

    /** The form with its texts trimmed and its codes known; or a 422 problem naming every field that is wrong. */
    static Checked check(SubmissionForm form) {
        if (form == null) {
            throw Problem.invalidField("consent", "Het formulier is leeg.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        if (!Boolean.TRUE.equals(form.consent())) {
            problems.add(new FieldProblem("consent", "Geef eerst toestemming; zonder toestemming bewaren we niets."));
        }
        Background background = background(form.background(), problems, texts);
        List<DilemmaForm> dilemmas = new ArrayList<>();
        List<DilemmaForm> given = form.dilemmas() == null ? List.of() : form.dilemmas();
        if (given.isEmpty() || given.size() > Questionnaire.MAX_DILEMMAS) {
            problems.add(new FieldProblem("dilemmas", "Beschrijf één of twee dilemma's (nu " + given.size() + ")."));
        }
        for (int i = 0; i < Math.min(given.size(), Questionnaire.MAX_DILEMMAS); i++) {
            dilemmas.add(dilemma("dilemmas[" + i + "]", given.get(i), problems, texts));
        }
        String remark = optional("remark", form.remark(), Questionnaire.MAX_REMARK, problems, texts);
        if (!problems.isEmpty()) {
            throw Problem.invalidFields(problems);
        }
        PersonalDataGuard.refuse(texts);
        return new Checked(background, dilemmas, remark);
    }

    record Checked(Background background, List<DilemmaForm> dilemmas, String remark) {
    }

    private static Background background(BackgroundForm form, List<FieldProblem> problems, Map<String, String> texts) {
        if (form == null) {
            return Background.NONE;
        }
        String function = code("background.function", form.function(), ProfessionalFunction::fromCode,
                ProfessionalFunction::code, problems);
        String functionOther = optional("background.functionOther", form.functionOther(), Questionnaire.MAX_FUNCTION_OTHER,
                problems, texts);
        if (functionOther != null && !ProfessionalFunction.ANDERS.code().equals(function)) {
            problems.add(new FieldProblem("background.functionOther",
                    "Vul je eigen omschrijving alleen in als je functie 'Anders' is."));
        }
        return new Background(function, functionOther,
                code("background.educationLevel", form.educationLevel(), EducationLevel::fromCode, EducationLevel::code, problems),
                code("background.yearsInField", form.yearsInField(), YearsInField::fromCode, YearsInField::code, problems));
    }

    private static DilemmaForm dilemma(String at, DilemmaForm form, List<FieldProblem> problems, Map<String, String> texts) {
        if (form == null) {
            problems.add(new FieldProblem(at, "Dit dilemma is leeg."));
            return null;
        }
        String problem = required(at + ".problem", form.problem(), Questionnaire.MAX_PROBLEM,
                "Beschrijf wat er moest worden opgelost.", problems, texts);
        String approach1 = required(at + ".approach1", form.approach1(), Questionnaire.MAX_APPROACH,
                "Een dilemma heeft twee aanpakken; beschrijf de eerste.", problems, texts);
        String approach2 = required(at + ".approach2", form.approach2(), Questionnaire.MAX_APPROACH,
                "Een dilemma heeft twee aanpakken; beschrijf de tweede.", problems, texts);
        if (approach1 != null && approach1.equalsIgnoreCase(approach2)) {
            problems.add(new FieldProblem(at + ".approach2", "Beschrijf twee verschillende aanpakken; deze is gelijk aan de eerste."));
        }
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        List<String> givenSources = form.knowledgeSources() == null ? List.of() : form.knowledgeSources();
        if (givenSources.isEmpty()) {
            problems.add(new FieldProblem(at + ".knowledgeSources", "Kies minstens één bron van kennis."));
        }
        for (int j = 0; j < givenSources.size(); j++) {
            String source = code(at + ".knowledgeSources[" + j + "]", givenSources.get(j), KnowledgeSource::fromCode,
                    KnowledgeSource::code, problems);
            if (source != null) {
                sources.add(source);
            }
        }
        String other = optional(at + ".otherKnowledgeSource", form.otherKnowledgeSource(), Questionnaire.MAX_OTHER_SOURCE,
                problems, texts);
        boolean anders = sources.contains(KnowledgeSource.ANDERS.code());
        if (anders && other == null) {
            problems.add(new FieldProblem(at + ".otherKnowledgeSource", "Je koos 'Anders': schrijf erbij welke bron."));
        } else if (!anders && other != null) {
            problems.add(new FieldProblem(at + ".otherKnowledgeSource", "Kies 'Anders' als je een andere bron noemt."));
        }
        Integer chosen = form.chosenApproach();
        if (chosen == null || chosen != 1 && chosen != 2) {
            problems.add(new FieldProblem(at + ".chosenApproach", "Kies welke aanpak je uiteindelijk koos: 1 of 2."));
        }
        return new DilemmaForm(problem, approach1, approach2, List.copyOf(sources), other, chosen);
    }

    private static <T> String code(String field, String value, Function<String, Optional<T>> vocabulary,
                                   Function<T, String> codeOf, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<T> known = vocabulary.apply(value.strip());
        if (known.isEmpty()) {
            problems.add(new FieldProblem(field, "'" + abbreviated(value) + "' is geen keuze uit de lijst."));
            return null;
        }
        return codeOf.apply(known.get());
    }

    private static String required(String field, String text, int maxLength, String whenEmpty, List<FieldProblem> problems,
                                   Map<String, String> texts) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            problems.add(new FieldProblem(field, whenEmpty));
            return null;
        }
        return limited(field, trimmed, maxLength, problems, texts);
    }

    private static String optional(String field, String text, int maxLength, List<FieldProblem> problems, Map<String, String> texts) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? null : limited(field, trimmed, maxLength, problems, texts);
    }

    private static String limited(String field, String trimmed, int maxLength, List<FieldProblem> problems, Map<String, String> texts) {
        if (trimmed.length() > maxLength) {
            problems.add(new FieldProblem(field, "Houd het korter: hoogstens " + maxLength + " tekens (nu " + trimmed.length() + ")."));
            return null;
        }
        texts.put(field, trimmed);
        return trimmed;
    }

    /** Echo a wrong code back, but never a whole text someone pasted into it. */
    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
