package se.largrupp.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLDataException;
import org.junit.jupiter.api.Test;
import se.largrupp.core.storage.StorageException;

class FaultsTest {
    @Test
    void a_fault_is_described_by_its_types_sql_state_and_our_code_never_by_the_values_its_messages_quote() {
        SQLDataException driver = new SQLDataException("Value too long for column DISPLAY_NAME: 'Åsa Öberg-Lindqvist'", "22001");
        RuntimeException fault = new StorageException("database call failed: 'Åsa Öberg-Lindqvist'", driver);

        String line = Faults.describe(fault);

        assertThat(line).startsWith("StorageException at core.logging.FaultsTest.")
                .contains("<- SQLDataException [22001]")
                .doesNotContain("Åsa", "Value too long");
    }

    @Test
    void a_cause_that_loops_back_ends_the_description() {
        IllegalStateException a = new IllegalStateException("secret a");
        IllegalArgumentException b = new IllegalArgumentException("secret b", a);
        a.initCause(b);

        assertThat(Faults.describe(a)).matches("IllegalStateException at core\\.logging\\.FaultsTest\\.\\w+:\\d+"
                + " <- IllegalArgumentException at core\\.logging\\.FaultsTest\\.\\w+:\\d+");
    }
}
