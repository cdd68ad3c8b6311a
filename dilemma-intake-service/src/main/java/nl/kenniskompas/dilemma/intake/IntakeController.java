package nl.kenniskompas.dilemma.intake;

import nl.kenniskompas.dilemma.submissions.Dilemma;
import nl.kenniskompas.dilemma.submissions.Submission;
import nl.kenniskompas.platform.tenant.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The praktijkdilemma form: what it asks, and handing it in. */
@RestController
@RequestMapping("/api/v1/praktijkdilemmas")
class IntakeController {

    private final Submitting submitting;

    IntakeController(Submitting submitting) {
        this.submitting = submitting;
    }

    @GetMapping("/vragenlijst")
    Questionnaire questionnaire(Caller caller) {
        return Questionnaire.current();
    }

    @PostMapping("/inzendingen")
    @ResponseStatus(HttpStatus.CREATED)
    Received submit(Caller caller, @RequestBody SubmissionForm form) {
        Submission submission = submitting.submit(caller, form);
        return new Received(submission.dilemmas().stream().map(Dilemma::id).toList(), submission.receivedOn());
    }

    /**
     * What the respondent hears back. Not the submission's id: there is nothing to look up afterwards, the answers
     * are no longer linked to the person.
     */
    record Received(List<String> dilemmaIds, LocalDate receivedOn) {
    }
}
