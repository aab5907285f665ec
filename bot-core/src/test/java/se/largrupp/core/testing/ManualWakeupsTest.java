package se.largrupp.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.largrupp.core.port.Wakeups;

class ManualWakeupsTest {
    private static final Instant T0 = Instant.parse("2027-01-12T11:00:00Z");
    private final List<String> woken = new ArrayList<>();
    private final ManualWakeups wakeups = new ManualWakeups();

    private Wakeups.Handler recorder(String topic) {
        return new Wakeups.Handler() {
            public String topic() { return topic; }
            public void wake(String subject, Instant due) { woken.add(topic + "/" + subject + "@" + due); }
        };
    }

    @Test
    void due_wake_ups_fire_once_in_time_order_and_later_ones_wait() {
        wakeups.register(recorder("turn")).register(recorder("nudge"));
        wakeups.schedule("turn", "g1", T0.plusSeconds(60));
        wakeups.schedule("nudge", "g1", T0);
        wakeups.schedule("turn", "g2", T0.plusSeconds(3600));

        assertThat(wakeups.fireDue(T0.plusSeconds(60))).isEqualTo(2);
        assertThat(wakeups.fireDue(T0.plusSeconds(60))).isZero();

        assertThat(woken).containsExactly("nudge/g1@" + T0, "turn/g1@" + T0.plusSeconds(60));
        assertThat(wakeups.scheduled()).extracting(ManualWakeups.Scheduled::subject).containsExactly("g2");
    }

    @Test
    void scheduling_the_same_topic_and_subject_again_replaces_the_earlier_time() {
        wakeups.schedule("turn", "g1", T0);
        wakeups.schedule("turn", "g1", T0.plusSeconds(5));

        assertThat(wakeups.scheduled()).hasSize(1);
        assertThat(wakeups.at("turn", "g1")).contains(T0.plusSeconds(5));
    }

    @Test
    void cancel_all_removes_every_wake_up_whose_subject_starts_with_the_prefix() {
        wakeups.schedule("turn", "group:1", T0);
        wakeups.schedule("nudge", "group:1:day-before", T0);
        wakeups.schedule("nudge", "group:2:day-before", T0);

        wakeups.cancelAll("group:1");
        wakeups.cancel("nudge", "group:2:day-before");

        assertThat(wakeups.scheduled()).isEmpty();
    }

    @Test
    void a_handler_may_schedule_the_next_wake_up_which_fires_in_the_same_call_when_due() {
        wakeups.register(new Wakeups.Handler() {
            public String topic() { return "turn"; }
            public void wake(String subject, Instant due) {
                woken.add(subject);
                int n = Integer.parseInt(subject);
                if (n < 3) wakeups.schedule("turn", String.valueOf(n + 1), due.plusSeconds(900));
            }
        });
        wakeups.schedule("turn", "1", T0);

        wakeups.fireDue(T0.plusSeconds(1800));

        assertThat(woken).containsExactly("1", "2", "3");
        assertThat(wakeups.fired()).extracting(ManualWakeups.Scheduled::at)
                .containsExactly(T0, T0.plusSeconds(900), T0.plusSeconds(1800));
    }

    @Test
    void a_due_wake_up_without_a_handler_is_reported_loudly() {
        wakeups.schedule("unknown", "x", T0);

        assertThatThrownBy(() -> wakeups.fireDue(T0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown");
    }
}
