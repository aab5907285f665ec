package se.largrupp.core.rounds;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.meetings.GroupPeople;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;
import se.largrupp.core.port.Message.Button;
import se.largrupp.core.port.Message.Style;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.OutgoingMessage;

/**
 * At a group's first round, and when someone new is present, the check-in asks each member present to agree to the
 * ground rules with one tap. The card (edited in place as people agree) shows who has agreed: names only. The clock
 * is the samtalsledare's: they go on when they judge it right.
 */
final class GroundRulesCard {
    private final Texts texts;
    private final Outbox outbox;

    GroundRulesCard(Texts texts, Outbox outbox) {
        this.texts = texts;
        this.outbox = outbox;
    }

    static boolean needed(Round round, Set<LeaderId> agreed) {
        return !agreed.containsAll(round.order());
    }

    /** Posts the card when someone present has not agreed yet. */
    void postIfNeeded(GroupPeople people, Round round, Set<LeaderId> agreed) {
        if (needed(round, agreed)) show(people, round, agreed);
    }

    /** The card as it is now; each state once (its key names how many of those present have agreed). */
    void show(GroupPeople people, Round round, Set<LeaderId> agreed) {
        List<LeaderId> yes = round.order().stream().filter(agreed::contains).toList();
        outbox.add(new OutgoingMessage(RoundEffects.key(round, "rules:" + yes.size()), people.group().conversation().orElseThrow(),
                card(people, round, yes), Optional.of("rules:" + round.id().value()), Optional.empty(), Optional.of(people.language())));
    }

    private Message card(GroupPeople people, Round round, List<LeaderId> yes) {
        Language lang = people.language();
        String names = yes.isEmpty() ? texts.get(lang, "method.rules.nobody")
                : String.join(", ", yes.stream().map(people::name).toList());
        Message.Block agreedLine = new Block.Context(texts.get(lang, "method.rules.agreed", yes.size(), round.order().size(), names));
        if (yes.size() == round.order().size())
            return Message.of(new Block.Text(texts.get(lang, "method.rules.all")), agreedLine);
        return Message.of(
                new Block.Heading(texts.get(lang, "method.rules.heading")),
                new Block.Text(texts.get(lang, "method.rules.text")),
                agreedLine,
                new Block.Context(texts.get(lang, "method.rules.facilitator")),
                new Block.Actions(List.of(new Button("rounds-agree", texts.get(lang, "method.rules.button"), "agree", Style.PRIMARY))));
    }
}
