package nl.kenniskompas.vote.ballot;

import nl.kenniskompas.platform.outbox.OutboxMessage;
import nl.kenniskompas.vote.profile.Profile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BallotTest {

    private final List<String> announced = new ArrayList<>();
    private final Ballot.Announcer announcer = (ballot, previous) -> {
        announced.add(previous + "->" + ballot.optionId() + "@" + ballot.ballotVersion());
        return OutboxMessage.pending("vote-cast", ballot.id(), "t", ballot.tenant(), ballot.castAt(), "{}");
    };
    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private static final Profile NO_PROFILE = new Profile("uwv:p-umar", "uwv", null, null);

    @Test
    void aFirstChoiceIsVersionOneAndAnnounced() {
        Ballot ballot = Ballot.first("uwv", "jeanne", "p-umar");

        assertThat(ballot.choose("A", 1, now, NO_PROFILE, announcer)).isTrue();

        assertThat(ballot.optionId()).isEqualTo("A");
        assertThat(ballot.ballotVersion()).isEqualTo(1);
        assertThat(announced).containsExactly("null->A@1");
    }

    @Test
    void choosingTheSameAgainChangesNothing() {
        Ballot ballot = Ballot.first("uwv", "jeanne", "p-umar");
        ballot.choose("A", 1, now, NO_PROFILE, announcer);

        assertThat(ballot.choose("A", 1, now.plusSeconds(5), NO_PROFILE, announcer)).isFalse();

        assertThat(ballot.ballotVersion()).isEqualTo(1);
        assertThat(ballot.castAt()).isEqualTo(now);
        assertThat(announced).hasSize(1);
    }

    @Test
    void anotherChoiceMovesTheVoteAndSaysFromWhere() {
        Ballot ballot = Ballot.first("uwv", "jeanne", "p-umar");
        ballot.choose("A", 1, now, NO_PROFILE, announcer);

        assertThat(ballot.choose("B", 2, now.plusSeconds(5), NO_PROFILE, announcer)).isTrue();

        assertThat(ballot.optionId()).isEqualTo("B");
        assertThat(ballot.caseVersion()).isEqualTo(2);
        assertThat(announced).containsExactly("null->A@1", "A->B@2");
    }

    @Test
    void aVoteKeepsTheProfileGroupsOfTheMomentItWasCast() {
        Ballot ballot = Ballot.first("uwv", "jeanne", "p-umar");
        ballot.choose("A", 1, now, new Profile("uwv:p-umar", "uwv", "arbeidsdeskundige", "5-10"), announcer);

        ballot.choose("A", 1, now.plusSeconds(5), new Profile("uwv:p-umar", "uwv", "jobcoach", "10-15"), announcer);
        assertThat(ballot.function()).as("same choice: nothing changes, also not the groups").isEqualTo("arbeidsdeskundige");

        ballot.choose("B", 1, now.plusSeconds(9), new Profile("uwv:p-umar", "uwv", "jobcoach", "10-15"), announcer);
        assertThat(ballot.function()).isEqualTo("jobcoach");
        assertThat(ballot.yearsInField()).isEqualTo("10-15");
    }

    @Test
    void oneBallotPerVoterPerCasePerTenant() {
        assertThat(Ballot.first("uwv", "jeanne", "p-umar").id()).isEqualTo(Ballot.idOf("uwv", "jeanne", "p-umar"))
                .isNotEqualTo(Ballot.idOf("gemeente-amsterdam", "jeanne", "p-umar"));
    }
}
