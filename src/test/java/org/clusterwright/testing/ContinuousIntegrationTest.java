package org.clusterwright.testing;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CI=true, 1 or yes in any case is a CI run, for every requirement helper alike; anything else lets a test skip. */
class ContinuousIntegrationTest {
    @Test
    void trueOneAndYesInAnyCaseMeanCi() {
        for (String on : new String[] {"true", "TRUE", "True", "1", "yes", "YES", "Yes", " true "}) {
            assertThat(ContinuousIntegration.isOn(on)).as("CI=%s", on).isTrue();
        }
        for (String off : new String[] {null, "", "false", "0", "no", "off", "truthy"}) {
            assertThat(ContinuousIntegration.isOn(off)).as("CI=%s", off).isFalse();
        }
    }

    @Test
    void underCiASkipIsAFailureThatNamesTheReasonAndTheValue() {
        assertThatThrownBy(() -> ContinuousIntegration.skipOrFail("No nginx here.", "1", null))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("No nginx here")
                .hasMessageContaining("CI=1");
        assertThatThrownBy(() -> ContinuousIntegration.skipOrFail("No nginx here.", "false", null))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("No nginx here");
    }

    @Test
    void everyRequirementHelperFailsForEveryWayOfSayingCi() {
        Optional<String> missing = Optional.of("Nothing here.");
        for (String ci : new String[] {"true", "1", "YES"}) {
            assertThatThrownBy(() -> ProgramRequirements.decide(missing, "nginx", ci)).as("programs, CI=%s", ci)
                    .isInstanceOf(AssertionFailedError.class);
            assertThatThrownBy(() -> SambaRequirements.decide(missing, ci)).as("Samba, CI=%s", ci)
                    .isInstanceOf(AssertionFailedError.class);
        }
    }
}
