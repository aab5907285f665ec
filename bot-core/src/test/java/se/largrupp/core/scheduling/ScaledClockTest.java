package se.largrupp.core.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import se.largrupp.core.testing.TestDatabases;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class ScaledClockTest {
    private static final Instant ORIGIN = Instant.parse("2027-01-12T11:00:00Z");

    @Test
    void at_scale_sixty_a_real_second_is_a_domain_minute_and_back() {
        Clock real = Clock.fixed(ORIGIN.plusSeconds(10), ZoneOffset.UTC);
        ScaledClock clock = new ScaledClock(real, ORIGIN, ORIGIN, 60);

        assertThat(clock.instant()).isEqualTo(ORIGIN.plus(Duration.ofMinutes(10)));
        assertThat(clock.toReal(ORIGIN.plus(Duration.ofMinutes(15)))).isEqualTo(ORIGIN.plusSeconds(15));
        assertThat(clock.toReal(Duration.ofMinutes(45))).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void at_scale_one_it_is_the_real_clock() {
        Clock real = Clock.fixed(ORIGIN, ZoneOffset.UTC);
        ScaledClock clock = ScaledClock.unscaled(real);

        assertThat(clock.instant()).isEqualTo(ORIGIN);
        assertThat(clock.toReal(ORIGIN.plusSeconds(900))).isEqualTo(ORIGIN.plusSeconds(900));
    }

    @Test
    void the_setting_is_a_positive_number_and_defaults_to_one() {
        assertThat(TimeScale.parse(null)).isEqualTo(1);
        assertThat(TimeScale.parse(" ")).isEqualTo(1);
        assertThat(TimeScale.parse("60")).isEqualTo(60);
        assertThat(TimeScale.parse("0.5")).isEqualTo(0.5);
        assertThatThrownBy(() -> TimeScale.parse("0")).hasMessageContaining("LARGRUPP_TIME_SCALE");
        assertThatThrownBy(() -> TimeScale.parse("fast")).hasMessageContaining("LARGRUPP_TIME_SCALE");
    }

    @Test
    void a_restart_at_the_same_scale_continues_the_stored_domain_time_and_a_new_scale_starts_afresh() {
        try (TestDatabase db = TestDatabases.h2()) {
            ScaledClock first = TimeScale.clock(60, Clock.fixed(ORIGIN, ZoneOffset.UTC), db.jdbc(), db.transactions());
            Clock later = Clock.fixed(ORIGIN.plusSeconds(60), ZoneOffset.UTC);

            ScaledClock restarted = TimeScale.clock(60, later, db.jdbc(), db.transactions());
            ScaledClock rescaled = TimeScale.clock(10, later, db.jdbc(), db.transactions());

            assertThat(first.instant()).isEqualTo(ORIGIN);
            assertThat(restarted.instant()).isEqualTo(ORIGIN.plus(Duration.ofHours(1)));
            assertThat(rescaled.instant()).isEqualTo(ORIGIN.plusSeconds(60));
        }
    }
}
