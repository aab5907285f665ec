package se.largrupp.core.leaders;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.testing.Replies;
import se.largrupp.core.testing.TestCore;

/** What a leader may store about themself: a name that always fits, and only a manager who exists and is not below them. */
class ProfileInputTest {
    private final TestCore t = TestCore.create();
    private final LeaderId anna = TestCore.leaderId("U0ANNA"), bo = TestCore.leaderId("U0BO");

    private String run(LeaderId who, String text) {
        return Replies.text(t.commands().execute(t.invocation(who, Language.EN), text));
    }

    @Test
    void a_profile_name_of_any_length_joins_and_is_stored_cut_to_the_limit_without_splitting_a_letter() {
        String huge = "Å".repeat(Leader.MAX_NAME - 1) + "😀" + "x".repeat(5_000) + "\u0007";
        Invocation i = t.invocation(anna, Language.EN);
        Reply reply = t.commands().execute(new Invocation(anna, huge, i.platformLanguage(), i.conversation(), i.deliveryId()),
                "join Ekonomi");

        Leader stored = t.leaders.find(anna).orElseThrow();
        assertThat(stored.displayName().codePointCount(0, stored.displayName().length())).isEqualTo(Leader.MAX_NAME);
        assertThat(stored.displayName()).endsWith("Å😀").doesNotContain("\u0007");
        assertThat(Replies.text(reply)).contains("Welcome");
    }

    private Reply joinFromAForm(String manager) {
        return t.commands().execute(t.invocation(anna, Language.EN),
                new Command.Join(Optional.of("Ekonomi"), Optional.of(manager), Optional.empty()));
    }

    @Test
    void a_manager_given_as_a_bare_id_that_names_nobody_in_the_programme_is_refused_and_nothing_is_stored() {
        assertThat(Replies.text(joinFromAForm("U0NOBODY"))).contains("I can't find U0NOBODY yet").contains("Usage: join");
        assertThat(t.leaders.all()).isEmpty();
    }

    @Test
    void a_bare_id_of_a_leader_and_a_platform_mention_are_both_accepted_as_manager() {
        t.joined("U0BO");
        joinFromAForm("U0BO");
        assertThat(t.leaders.find(anna).orElseThrow().manager()).contains(bo);

        run(anna, "join Ekonomi <@U0NEWBOSS>"); // a mention comes from the platform itself
        assertThat(t.leaders.find(anna).orElseThrow().manager()).contains(TestCore.leaderId("U0NEWBOSS"));
    }

    @Test
    void a_manager_who_reports_to_the_leader_is_refused_so_no_reporting_line_runs_in_a_circle() {
        t.joined("U0ANNA");
        t.leaders.save(t.joined("U0CY").withProfile("Cy", Optional.empty(), Optional.of(anna)));
        t.leaders.save(t.joined("U0BO").withProfile("Bo", Optional.empty(), Optional.of(TestCore.leaderId("U0CY"))));

        assertThat(run(anna, "join Ekonomi <@U0BO>")).contains("Bo already has you above them");
        assertThat(t.leaders.find(anna).orElseThrow().manager()).isEmpty();
    }

    @Test
    void status_typed_in_another_groups_conversation_tells_the_leader_about_their_own_group() {
        t.joined("U0ANNA");
        t.groupOf("2027v1-01", "U0ANNA", "U0BO", "U0CY");
        LearningGroup other = t.groupOf("2027v1-02", "U0DA", "U0EVA", "U0FIA");
        Invocation there = t.invocation(anna, other.conversation().orElseThrow());

        String status = Replies.text(t.commands().execute(
                new Invocation(anna, "U0ANNA", Optional.of(Language.EN), there.conversation(), there.deliveryId()), new Command.Status()));

        assertThat(status).contains("Group: 2027v1-01");
    }

    @Test
    void a_command_that_fails_logs_what_failed_but_not_the_values_it_was_given() {
        Logger log = (Logger) LoggerFactory.getLogger(se.largrupp.core.commands.CoreCommandService.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        log.addAppender(appender);
        try {
            t.build(b -> b.handler(Command.Rules.class, (c, cmd) -> {
                throw new IllegalStateException("Value too long for column DISPLAY_NAME: 'Åsa Öberg'",
                        new java.sql.SQLDataException("'Åsa Öberg'", "22001"));
            }));
            run(anna, "rules");
        } finally {
            log.detachAppender(appender);
        }

        assertThat(appender.list).singleElement().satisfies(e -> {
            assertThat(e.getFormattedMessage()).contains("command text for slack:T1:U0ANNA failed", "IllegalStateException", "SQLDataException [22001]")
                    .doesNotContain("Åsa", "DISPLAY_NAME");
            assertThat(e.getThrowableProxy()).isNull();
        });
    }
}
