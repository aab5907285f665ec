package se.largrupp.core.prompts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.Message;

/** A few open, exploratory coaching questions, picked at random from the bank. */
public final class ShowQuestions implements CommandHandler<Command.Questions> {
    public static final int HOW_MANY = 3;
    private final RandomGenerator random;
    private final Leaders leaders;

    public ShowQuestions(RandomGenerator random, Leaders leaders) {
        this.random = random;
        this.leaders = leaders;
    }

    @Override
    public Reply handle(CommandContext c, Command.Questions command) {
        Language lang = InGroup.language(c, leaders);
        List<String> bank = new ArrayList<>(c.texts().list(lang, "prompts.question"));
        Collections.shuffle(bank, new java.util.Random(random.nextLong()));
        Message message = Message.of(new Message.Block.Heading(c.texts().get(lang, "prompts.questions.title")),
                new Message.Block.Bullets(bank.subList(0, Math.min(HOW_MANY, bank.size()))),
                new Message.Block.Context(c.texts().get(lang, "prompts.questions.hint")));
        return InGroup.typedThere(c) ? Reply.toConversation(message) : Reply.toCaller(message);
    }
}
