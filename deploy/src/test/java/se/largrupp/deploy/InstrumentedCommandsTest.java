package se.largrupp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Message;

class InstrumentedCommandsTest {
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final CommandService inner = new CommandService() {
        public Reply execute(Invocation i, String text) { return Reply.toConversation(Message.text("ok")); }
        public Reply execute(Invocation i, Command c) { return Reply.toCaller(Message.text("ok")); }
    };
    final Invocation invocation = new Invocation(LeaderId.of(Platform.SLACK, "T1", "U1"), "Åsa", Optional.empty(),
            ConversationRef.of(Platform.SLACK, "T1:C1"), Optional.empty());

    @Test
    void each_command_is_timed_by_adapter_name_and_outcome() {
        CommandService commands = new InstrumentedCommands(inner, meters);
        commands.execute(invocation, "start 10 Åsa Bo");
        commands.execute(invocation, new Command.Next());

        assertThat(meters.get("largrupp.command").tags("adapter", "slack", "command", "start", "outcome", "to_conversation").timer().count()).isOne();
        assertThat(meters.get("largrupp.command").tags("adapter", "slack", "command", "next", "outcome", "to_caller").timer().count()).isOne();
    }

    @Test
    void free_text_never_becomes_a_command_name() {
        assertThat(InstrumentedCommands.nameOf("my boss is awful")).isEqualTo("other");
        assertThat(InstrumentedCommands.nameOf("  Hjälp ")).isEqualTo("hjälp");
        assertThat(InstrumentedCommands.nameOf(null)).isEqualTo("help");
    }
}
