package org.clusterwright.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutcomeTest {
    @Test
    void failuresAndWarningsMustSayWhatToDo() {
        assertThatThrownBy(() -> Outcome.fail("broken", "")).hasMessageContaining("must say what to do");
        assertThatThrownBy(() -> Outcome.warn("odd", " ")).hasMessageContaining("must say what to do");
        assertThat(Outcome.fail("broken", "fix it").remedy()).isEqualTo("fix it");
    }

    @Test
    void checkIdsAreDottedLowerCase() {
        assertThat(CheckId.of("db.login").value()).isEqualTo("db.login");
        assertThatThrownBy(() -> CheckId.of("DB.Login")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckId.of("login")).isInstanceOf(IllegalArgumentException.class);
    }
}
