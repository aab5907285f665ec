package se.largrupp.core.rounds;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.meetings.GroupPeople;
import se.largrupp.core.meetings.MeetingDates;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;
import se.largrupp.core.port.Message.Button;
import se.largrupp.core.port.Message.Style;

/**
 * The words of a round. New posts (they notify people): the announcement, "time — next up", the warning, the
 * closing, the interruption. The card (one per round, edited in place) shows who has the floor and the buttons.
 */
public final class RoundMessages {
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Stockholm");
    private final Texts texts;

    public RoundMessages(Texts texts) {
        this.texts = texts;
    }

    public Message announcement(GroupPeople people, Round round) {
        Language lang = people.language();
        List<String> order = IntStream.range(0, round.order().size())
                .mapToObj(i -> (i + 1) + ". " + people.name(round.order().get(i))).toList();
        return Message.of(
                new Block.Heading(texts.get(lang, "rounds.announce.heading", round.turnLength().toMinutes())),
                new Block.Bullets(order),
                new Block.Context(texts.get(lang, "rounds.announce.norms")));
    }

    public Message card(GroupPeople people, Round round) {
        Language lang = people.language();
        String name = people.name(round.speaker());
        List<Block> blocks = new ArrayList<>();
        switch (round.status()) {
            case RUNNING, HELD -> {
                blocks.add(new Block.Text(texts.get(lang, "rounds.turn.floor", name, round.turnLength().toMinutes())));
                blocks.add(new Block.Context(texts.get(lang, "rounds.turn.question", question(lang, round))));
                blocks.add(new Block.Context(round.status() == RoundStatus.RUNNING
                        ? texts.get(lang, "rounds.card.running", round.turnNumber(), round.order().size(),
                                MeetingDates.time(lang, round.turnEndsAt().orElseThrow().atZone(zone(people))))
                        : texts.get(lang, "rounds.card.held", round.turnNumber(), round.order().size(),
                                span(lang, round.pausedRemaining().orElseThrow()))));
                blocks.add(buttons(lang, round.status()));
            }
            case INTERRUPTED -> {
                blocks.add(new Block.Text(texts.get(lang, "rounds.interrupted", name)));
                blocks.add(buttons(lang, round.status()));
            }
            case FINISHED, STOPPED -> blocks.add(new Block.Text(texts.get(lang, "rounds.card.done")));
        }
        return new Message(blocks);
    }

    public Message timeUp(GroupPeople people, Round ended) {
        Language lang = people.language();
        return ended.nextSpeaker()
                .map(n -> Message.text(texts.get(lang, "rounds.timeUp.next", people.name(n))))
                .orElseGet(() -> Message.text(texts.get(lang, "rounds.timeUp.last")));
    }

    public Message handover(GroupPeople people, Round next) {
        return Message.text(texts.get(people.language(), "rounds.handover", people.name(next.speaker()), next.turnLength().toMinutes()));
    }

    public Message warning(GroupPeople people, Round round) {
        Language lang = people.language();
        return Message.text(texts.get(lang, "rounds.warning", span(lang, round.warningLead()), people.name(round.speaker())));
    }

    public Message interrupted(GroupPeople people, Round round) {
        return Message.text(texts.get(people.language(), "rounds.interrupted", people.name(round.speaker())));
    }

    public Message closing(GroupPeople people, Optional<ZonedDateTime> nextMeeting) {
        Language lang = people.language();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(texts.get(lang, "rounds.closing.heading")));
        blocks.add(new Block.Text(texts.get(lang, "rounds.closing.takeaways")));
        nextMeeting.ifPresent(n -> blocks.add(new Block.Context(texts.get(lang, "rounds.closing.next", MeetingDates.dateTime(texts, lang, n)))));
        return new Message(blocks);
    }

    /** A coaching question: from the prompts bundle when it has them, else our own; stable per round and turn. */
    String question(Language lang, Round round) {
        List<String> questions = texts.has(lang, "prompts.question.1") ? texts.list(lang, "prompts.question") : texts.list(lang, "rounds.question");
        return questions.get(Math.floorMod(round.id().value().hashCode() + round.current(), questions.size()));
    }

    private Block.Actions buttons(Language lang, RoundStatus status) {
        List<Button> b = new ArrayList<>();
        if (status == RoundStatus.HELD) b.add(new Button("rounds-continue", texts.get(lang, "rounds.button.continue"), "continue", Style.PRIMARY));
        b.add(new Button("rounds-next", texts.get(lang, "rounds.button.next"), "next", status == RoundStatus.HELD ? Style.DEFAULT : Style.PRIMARY));
        if (status != RoundStatus.INTERRUPTED) b.add(Button.of("rounds-extend", texts.get(lang, "rounds.button.extend"), "extend 5"));
        if (status == RoundStatus.RUNNING) b.add(Button.of("rounds-hold", texts.get(lang, "rounds.button.hold"), "hold"));
        b.add(new Button("rounds-stop", texts.get(lang, "rounds.button.stop"), "stop", Style.DANGER));
        return new Block.Actions(b);
    }

    private String span(Language lang, Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        return seconds >= 60 && seconds % 60 == 0 || seconds >= 120
                ? texts.get(lang, "rounds.span.minutes", (seconds + 30) / 60)
                : texts.get(lang, "rounds.span.seconds", seconds);
    }

    private static ZoneId zone(GroupPeople people) {
        return people.group().booking().map(StandingBooking::zone).orElse(DEFAULT_ZONE);
    }
}
