package nl.kenniskompas.events;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The published JSON Schemas accept what the records serialise to, and reject what breaks the contract. */
class EventContractsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void voteCastSerialisesToWhatItsSchemaAccepts() {
        var event = new VoteCast("jeanne", 1, "p-0123456789abcdef0123", "A", null, 1, Instant.parse("2026-11-25T10:00:00Z"));

        assertThat(validate("vote-cast.v1", json.writeValueAsString(event))).isEmpty();
    }

    @Test
    void voteCastWithProfileGroupsSerialisesToWhatItsSchemaAccepts() {
        var event = new VoteCast("jeanne", 1, "p-0123456789abcdef0123", "B", "A", 2, Instant.parse("2026-11-25T10:00:00Z"),
                ProfessionalFunction.JOBCOACH.code(), YearsInField.OVER_20.code());

        assertThat(validate("vote-cast.v1", json.writeValueAsString(event))).isEmpty();
    }

    @Test
    void voteCastWithAFunctionOutsideTheVocabularyIsRejectedBySchema() {
        String data = """
                {"caseId":"jeanne","caseVersion":1,"voter":"p-0123456789abcdef0123","optionId":"A","ballotVersion":1,
                 "castAt":"2026-11-25T10:00:00Z","function":"Anna de Vries, klantmanager"}""";

        assertThat(validate("vote-cast.v1", data)).isNotEmpty();
    }

    @Test
    void everyVocabularyCodeIsInTheSchema() {
        String schema = new String(readSchema("vote-cast.v1"));
        assertThat(ProfessionalFunction.values()).allSatisfy(function -> assertThat(schema).contains('"' + function.code() + '"'));
        assertThat(YearsInField.values()).allSatisfy(band -> assertThat(schema).contains('"' + band.code() + '"'));
    }

    @Test
    void voteCastWithoutVoterIsRejectedBySchema() {
        String data = """
                {"caseId":"jeanne","caseVersion":1,"optionId":"A","ballotVersion":1,"castAt":"2026-11-25T10:00:00Z"}""";

        assertThat(validate("vote-cast.v1", data)).extracting(ValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).contains("voter"));
    }

    @Test
    void casePublishedSerialisesToWhatItsSchemaAccepts() {
        var event = new CasePublished("jeanne", 2, 1, "Jeanne",
                List.of(new CasePublished.Option("A", "Oplossingsgericht werken"), new CasePublished.Option("B", "Sollicitatietraining")),
                "BEIDE", Instant.parse("2026-09-03T08:00:00Z"), List.of("dilemma-17"));

        assertThat(validate("case-published.v1", json.writeValueAsString(event))).isEmpty();
    }

    @Test
    void casePublishedWithOneOptionIsRejectedBySchema() {
        String data = """
                {"caseId":"jeanne","version":1,"number":1,"title":"Jeanne","options":[{"id":"A","title":"x"}],
                 "audience":"BEIDE","publishedAt":"2026-09-03T08:00:00Z"}""";

        assertThat(validate("case-published.v1", data)).isNotEmpty();
    }

    @Test
    void caseArchivedSerialisesToWhatItsSchemaAccepts() {
        var event = new CaseArchived("jeanne", 2, Instant.parse("2026-12-01T09:00:00Z"));

        assertThat(validate("case-archived.v1", json.writeValueAsString(event))).isEmpty();
        assertThat(validate("case-archived.v1", "{\"caseId\":\"jeanne\"}")).isNotEmpty();
    }

    @Test
    void reactionEventsSerialiseToWhatTheirSchemasAccept() {
        var posted = new ReactionPosted("r-1", "jeanne", null, "p-0123456789abcdef0123", "A", "jobcoach", "LANDELIJK", 212,
                Instant.parse("2026-11-25T10:00:00Z"));
        var moderated = new ReactionModerated("r-1", "jeanne", "HIDDEN", Instant.parse("2026-11-25T11:00:00Z"));

        assertThat(validate("reaction-posted.v1", json.writeValueAsString(posted))).isEmpty();
        assertThat(validate("reaction-moderated.v1", json.writeValueAsString(moderated))).isEmpty();
    }

    @Test
    void aReactionEventWithItsTextIsRejectedBySchema() {
        String data = """
                {"reactionId":"r-1","caseId":"jeanne","author":"p-0123456789abcdef0123","visibility":"ORGANISATIE",
                 "textLength":5,"postedAt":"2026-11-25T10:00:00Z","text":"Hallo"}""";

        assertThat(validate("reaction-posted.v1", data)).isNotEmpty();
    }

    @Test
    void dilemmaEventsSerialiseToWhatTheirSchemasAccept() {
        var submitted = new DilemmaSubmitted("PD-0042", "0f3c2a9e-5b7d-4e1a-9c3b-2d4f6a8b0c1e", 2,
                ProfessionalFunction.KLANTMANAGER.code(), null, EducationLevel.HBO_WO_BACHELOR.code(), YearsInField.TEN_TO_15.code(),
                "Eerst schulden of eerst werk?", "Schuldhulp eerst", "Direct aan het werk",
                List.of(KnowledgeSource.EIGEN_ERVARING.code(), KnowledgeSource.ANDERS.code()), "Een webinar", 2, null,
                LocalDate.parse("2026-11-26"));
        var triaged = new DilemmaTriaged("PD-0042", "welk-probleem-eerst", "Welk probleem als eerste aanpakken",
                "GEBRUIKT", null, List.of("olivier"), Instant.parse("2026-11-26T10:00:00Z"));

        assertThat(validate("dilemma-submitted.v1", json.writeValueAsString(submitted))).isEmpty();
        assertThat(validate("dilemma-triaged.v1", json.writeValueAsString(triaged))).isEmpty();
    }

    @Test
    void aDilemmaEventThatNamesItsRespondentIsRejectedBySchema() {
        String data = """
                {"dilemmaId":"PD-0001","submissionId":"0f3c2a9e-5b7d-4e1a","dilemmasInSubmission":1,"problem":"p",
                 "approach1":"a","approach2":"b","knowledgeSources":["internet"],"chosenApproach":1,
                 "submittedOn":"2026-11-26","subject":"anna"}""";

        assertThat(validate("dilemma-submitted.v1", data)).isNotEmpty();
        assertThat(validate("dilemma-submitted.v1", data.replace(",\"subject\":\"anna\"", ""))).isEmpty();
        assertThat(validate("dilemma-submitted.v1", data.replace("internet", "wikipedia"))).isNotEmpty();
    }

    @Test
    void everyDilemmaVocabularyCodeIsInTheSchema() {
        String schema = new String(readSchema("dilemma-submitted.v1"));
        assertThat(EducationLevel.values()).allSatisfy(level -> assertThat(schema).contains('"' + level.code() + '"'));
        assertThat(KnowledgeSource.values()).allSatisfy(source -> assertThat(schema).contains('"' + source.code() + '"'));
        assertThat(ProfessionalFunction.values()).allSatisfy(function -> assertThat(schema).contains('"' + function.code() + '"'));
        assertThat(YearsInField.values()).allSatisfy(band -> assertThat(schema).contains('"' + band.code() + '"'));
    }

    @Test
    void keuzehulpEventsSerialiseToWhatTheirSchemasAccept() {
        var published = new InstrumentPublished("i-1", "sollicitatietraining", 2, "Sollicitatietraining", "richting-werk",
                "goed-onderbouwd", false, List.of("zoeken-solliciteren"), List.of(Werkwijze.SOLLICITATIEVAARDIGHEDEN.code()),
                null, false, Instant.parse("2026-11-26T10:00:00Z"));
        var reviewed = new InstrumentReviewed("r-1", "i-1", "CLIENT", 4, null, null, 37, false, Instant.parse("2026-11-26T10:00:00Z"));

        assertThat(validate("instrument-published.v1", json.writeValueAsString(published))).isEmpty();
        assertThat(validate("instrument-reviewed.v1", json.writeValueAsString(reviewed))).isEmpty();
        assertThat(validate("instrument-reviewed.v1", json.writeValueAsString(reviewed).replace("}", ",\"text\":\"Top\"}"))).isNotEmpty();
    }

    @Test
    void everyWerkwijzeIsInTheSchema() {
        String schema = new String(readSchema("instrument-published.v1"));
        assertThat(Werkwijze.values()).allSatisfy(werkwijze -> assertThat(schema).contains('"' + werkwijze.code() + '"'));
    }

    @Test
    void everyTopicHasASchemaAndADeadLetterTwin() {
        assertThat(Topics.ALL).extracting(Topics.TopicSpec::name)
                .allSatisfy(topic -> assertThat(getClass().getResource("/schemas/" + topic + ".v1.schema.json")).isNotNull());
        assertThat(Topics.deadLetter(Topics.VOTE_CAST)).isEqualTo("vote-cast-dlt");
    }

    private byte[] readSchema(String schemaName) {
        try (InputStream in = getClass().getResourceAsStream("/schemas/" + schemaName + ".schema.json")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Set<ValidationMessage> validate(String schemaName, String data) {
        InputStream schemaStream = getClass().getResourceAsStream("/schemas/" + schemaName + ".schema.json");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaStream);
        return schema.validate(data, InputFormat.JSON);
    }
}
