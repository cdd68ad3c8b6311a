package nl.kenniskompas.platform.pseudonym;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PseudonymsTest {

    private final Pseudonyms pseudonyms = new Pseudonyms("a-test-secret-of-enough-length");

    @Test
    void samePersonInSameTenantGetsSamePseudonym() {
        assertThat(pseudonyms.of("uwv", "umar")).isEqualTo(pseudonyms.of("uwv", "umar"));
    }

    @Test
    void pseudonymRevealsNeitherUserNorLinksTenants() {
        String inUwv = pseudonyms.of("uwv", "umar");

        assertThat(inUwv).doesNotContain("umar").startsWith("p-").hasSize(34);
        assertThat(pseudonyms.of("gemeente-amsterdam", "umar")).isNotEqualTo(inUwv);
        assertThat(new Pseudonyms("another-secret-of-enough-length").of("uwv", "umar")).isNotEqualTo(inUwv);
    }

    @Test
    void shortSecretIsRefused() {
        assertThatThrownBy(() -> new Pseudonyms("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
