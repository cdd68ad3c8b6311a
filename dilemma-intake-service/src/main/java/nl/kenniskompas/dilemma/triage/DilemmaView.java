package nl.kenniskompas.dilemma.triage;

import nl.kenniskompas.dilemma.submissions.Background;
import nl.kenniskompas.dilemma.submissions.Dilemma;
import nl.kenniskompas.dilemma.submissions.Submission;
import nl.kenniskompas.dilemma.submissions.TriageEntry;
import nl.kenniskompas.dilemma.submissions.UsedFor;
import nl.kenniskompas.events.EducationLevel;
import nl.kenniskompas.events.KnowledgeSource;
import nl.kenniskompas.events.ProfessionalFunction;
import nl.kenniskompas.events.YearsInField;
import nl.kenniskompas.platform.tenant.Tenant;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** A dilemma as a redacteur reads it in the inbox: the respondent's words, labels for every code, and its triage. */
record DilemmaView(
        String id,
        Organisation organisation,
        LocalDate receivedOn,
        Labelled function,
        String functionOther,
        Labelled educationLevel,
        Labelled yearsInField,
        String problem,
        String approach1,
        String approach2,
        List<Labelled> knowledgeSources,
        String otherKnowledgeSource,
        int chosenApproach,
        String remark,
        List<String> sameSubmission,
        Labelled theme,
        Labelled status,
        String reason,
        List<UsedFor> kopkrakers,
        List<TriageEntry> history) {

    record Organisation(String id, String name, String type) {
    }

    record Labelled(String code, String label) {
    }

    static DilemmaView of(Submission submission, Dilemma dilemma, Tenant tenant, Function<String, String> themeLabels) {
        Background background = submission.background();
        return new DilemmaView(dilemma.id(),
                new Organisation(submission.tenant(), tenant == null ? submission.tenant() : tenant.name(),
                        tenant == null ? null : tenant.type().name()),
                submission.receivedOn(),
                labelled(background.function(), code -> ProfessionalFunction.fromCode(code).map(ProfessionalFunction::label)),
                background.functionOther(),
                labelled(background.educationLevel(), code -> EducationLevel.fromCode(code).map(EducationLevel::label)),
                labelled(background.yearsInField(), code -> YearsInField.fromCode(code).map(YearsInField::label)),
                dilemma.problem(), dilemma.approach1(), dilemma.approach2(),
                dilemma.knowledgeSources().stream()
                        .map(code -> labelled(code, c -> KnowledgeSource.fromCode(c).map(KnowledgeSource::label))).toList(),
                dilemma.otherKnowledgeSource(), dilemma.chosenApproach(), submission.remark(),
                submission.dilemmas().stream().map(Dilemma::id).filter(id -> !id.equals(dilemma.id())).toList(),
                dilemma.theme() == null ? null : new Labelled(dilemma.theme(), themeLabels.apply(dilemma.theme())),
                new Labelled(dilemma.status().name(), dilemma.status().label()),
                dilemma.reason(), dilemma.usedFor(), dilemma.history());
    }

    private static Labelled labelled(String code, Function<String, java.util.Optional<String>> label) {
        return code == null ? null : new Labelled(code, label.apply(code).orElse(code));
    }
}
