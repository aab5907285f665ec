package se.largrupp.core.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.meetings.fakes.MeetingsWorld.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.largrupp.core.testing.DirectTransactions;
import se.largrupp.core.meetings.fakes.MeetingsWorld;
import se.largrupp.core.port.OutgoingMessage;

class RemindRegroupTest {
    private final MeetingsWorld world = new MeetingsWorld();
    private final MeetingSettings settings = MeetingSettings.defaults()
            .withRegrouping(WS, new MeetingSettings.RegroupCycle(LocalDate.parse("2027-02-01"), Period.ofMonths(6)));
    private final RemindRegroup reminder = new RemindRegroup(new DirectTransactions(), world.leaders, world.outbox, world.wakeups,
            settings, ws -> List.of(ADMIN), world.texts, world.clock);

    @Test
    void admins_get_a_reminder_with_the_regroup_preview_button_a_week_before_each_date_once() {
        world.wakeups.register(reminder);
        reminder.planAll();
        Instant weekBefore = Instant.parse("2027-01-25T08:00:00Z"); // 09:00 in Stockholm

        assertThat(world.wakeups.scheduled(RemindRegroup.TOPIC)).extracting(s -> s.at()).containsExactly(weekBefore);
        world.at(weekBefore);
        reminder.wake("workspace:" + WS.key(), weekBefore);

        List<OutgoingMessage> sent = world.outbox.messages();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).onlyFor()).contains(ADMIN);
        assertThat(sent.get(0).conversation().value()).isEqualTo("slack:T1:UADMIN");
        assertThat(sent.get(0).message().plainText()).contains("Om en vecka", "1 februari 2027");
        assertThat(NudgesTest.buttons(sent.get(0).message())).containsExactly("regroup");
        assertThat(world.wakeups.scheduled(RemindRegroup.TOPIC)).extracting(s -> s.at())
                .containsExactly(Instant.parse("2027-07-25T07:00:00Z")); // a week before 1 August, summer time
    }

    @Test
    void a_workspace_without_a_cycle_gets_no_reminder() {
        RemindRegroup none = new RemindRegroup(new DirectTransactions(), world.leaders, world.outbox, world.wakeups,
                MeetingSettings.defaults(), ws -> List.of(ADMIN), world.texts, world.clock);
        none.planAll();
        none.wake("workspace:" + WS.key(), world.clock.instant());

        assertThat(world.outbox.messages()).isEmpty();
        assertThat(world.wakeups.scheduled(RemindRegroup.TOPIC)).isEmpty();
    }
}
