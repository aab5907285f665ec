package se.largrupp.core.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.testing.Replies.text;
import static se.largrupp.core.testing.Replies.visibility;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.testing.TestCore;

class ScheduleTest {
    private final TestCore t = TestCore.create(); // Monday 11 January 2027, 09:00 in Stockholm
    private final LeaderId anna = TestCore.leaderId("U0ANNA");
    private final List<LearningGroup> told = new ArrayList<>();
    private LearningGroup group;

    @BeforeEach
    void a_group_of_three() {
        t.build(b -> b.onBookingChanged(told::add));
        t.joined("U0ANNA");
        t.joined("U0BO");
        t.joined("U0CY");
        group = t.groupOf("g1", "U0ANNA", "U0BO", "U0CY");
    }

    private StandingBooking booking() {
        return t.groups.find(group.id()).orElseThrow().booking().orElseThrow();
    }

    @Test
    void a_member_sets_the_slot_and_the_first_meeting_is_the_next_such_weekday() {
        text(t.commands().execute(t.invocation(anna), "schema tisdag 12:00 var fjärde vecka 60 min lunch"));
        assertThat(booking()).isEqualTo(new StandingBooking(DayOfWeek.TUESDAY, LocalTime.NOON, java.time.ZoneId.of("Europe/Stockholm"),
                Cadence.EVERY_4_WEEKS, Duration.ofMinutes(60), MeetingFormat.LUNCH, Optional.empty(), LocalDate.of(2027, 1, 12)));
        assertThat(told).singleElement().satisfies(g -> assertThat(g.booking()).contains(booking()));
        assertThat(t.outbox.to(group.conversation().orElseThrow())).singleElement()
                .satisfies(m -> assertThat(m.message().plainText()).contains("Var fjärde tisdag kl. 12:00"));
    }

    @Test
    void the_same_weekday_as_today_after_the_time_has_passed_starts_next_week() {
        t.commands().execute(t.invocation(anna), "schedule monday 08:00");
        assertThat(booking().firstDate()).isEqualTo(LocalDate.of(2027, 1, 18));
        t.commands().execute(t.invocation(anna), "schedule monday 10:00");
        assertThat(booking().firstDate()).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    void parts_not_given_keep_the_booking_or_take_the_defaults() {
        t.commands().execute(t.invocation(anna), "schedule thursday 15:00");
        assertThat(booking().cadence()).isEqualTo(Cadence.EVERY_2_WEEKS);
        assertThat(booking().duration()).isEqualTo(StandingBooking.DEFAULT_DURATION);
        assertThat(booking().format()).isEqualTo(MeetingFormat.FIKA);
        t.commands().execute(t.invocation(anna), "schedule thursday 15:00 every 4 weeks digital https://meet.example.com/g1");
        t.commands().execute(t.invocation(anna), "schedule friday 9:30");
        assertThat(booking().weekday()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(booking().cadence()).isEqualTo(Cadence.EVERY_4_WEEKS);
        assertThat(booking().format()).isEqualTo(MeetingFormat.DIGITAL);
        assertThat(booking().link()).contains(URI.create("https://meet.example.com/g1"));
    }

    @Test
    void typed_in_the_groups_conversation_the_answer_is_for_everyone_there() {
        Reply reply = t.commands().execute(t.invocation(anna, group.conversation().orElseThrow()), "schema onsdag 8:30");
        assertThat(visibility(reply)).isEqualTo(Reply.Visibility.CONVERSATION);
        assertThat(t.outbox.messages()).isEmpty();
    }

    @Test
    void someone_outside_the_group_cannot_schedule_it_in_its_conversation() {
        t.joined("U0DAN");
        String reply = text(t.commands().execute(t.invocation(TestCore.leaderId("U0DAN"), group.conversation().orElseThrow()), "schema onsdag 8:30"));
        assertThat(reply).contains("Bara gruppens medlemmar");
        assertThat(t.groups.find(group.id()).orElseThrow().booking()).isEmpty();
        assertThat(told).isEmpty();
    }

    @Test
    void a_leader_without_a_group_is_told_so() {
        t.joined("U0DAN");
        assertThat(text(t.commands().execute(t.invocation(TestCore.leaderId("U0DAN"), Language.EN), "schedule monday 12:00")))
                .contains("not in a learning group");
    }

    @Test
    void a_length_out_of_range_from_a_form_is_refused_and_nothing_changes() {
        Command.Schedule tooShort = new Command.Schedule(DayOfWeek.MONDAY, LocalTime.NOON, Optional.empty(), Optional.of(5),
                Optional.empty(), Optional.empty());
        assertThat(text(t.commands().execute(t.invocation(anna, Language.EN), tooShort))).contains("15–240 minutes").contains("Usage: schedule");
        assertThat(t.groups.find(group.id()).orElseThrow().booking()).isEmpty();
        assertThat(told).isEmpty();
    }
}
