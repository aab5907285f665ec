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
import se.largrupp.core.rounds.templates.MeetingTemplate;
import se.largrupp.core.rounds.templates.MeetingTemplates;
import se.largrupp.core.rounds.templates.PhaseButton;

/**
 * The words of a round. New posts (they notify people): the announcement, "time — next up", the warning, the
 * closing, the interruption. The card (one per round, edited in place) shows who has the floor and the buttons.
 */
public final class RoundMessages {
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Stockholm");
    private final Texts texts;
    private final MeetingTemplates templates;

    public RoundMessages(Texts texts, MeetingTemplates templates) {
        this.texts = texts;
        this.templates = templates;
    }

    /** The template a round runs, when it runs one (a plain round, or one whose template file is gone, has none). */
    Optional<MeetingTemplate> template(Round round) {
        return round.plan().template().flatMap(templates::find)
                .filter(t -> t.phases().size() == round.plan().phases().size());
    }

    public Message announcement(GroupPeople people, Round round) {
        Language lang = people.language();
        List<String> order = IntStream.range(0, round.order().size())
                .mapToObj(i -> (i + 1) + ". " + people.name(round.order().get(i))).toList();
        List<Block> blocks = new ArrayList<>(List.of(
                new Block.Heading(texts.get(lang, "rounds.announce.heading", round.turnLength().toMinutes())),
                new Block.Bullets(order)));
        template(round).ifPresent(t -> blocks.add(new Block.Text(texts.get(lang, "method.announce.template",
                templates.name(lang, t), phaseNames(lang, t, round)))));
        round.facilitator().ifPresent(f -> blocks.add(new Block.Text(texts.get(lang, "method.announce.facilitator", people.name(f)))));
        blocks.add(new Block.Text(texts.get(lang, "method.checkin")));
        blocks.add(new Block.Context(texts.get(lang, "rounds.announce.norms")));
        return new Message(blocks);
    }

    /** "Situation 3 min · Questions 6 min · …" */
    private String phaseNames(Language lang, MeetingTemplate t, Round round) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < t.phases().size(); i++)
            parts.add(texts.get(lang, "method.announce.phase", texts.get(lang, t.phaseTextKey(i, "name")), phaseSpan(lang, round.plan().phases().get(i))));
        return String.join(" · ", parts);
    }

    public Message card(GroupPeople people, Round round) {
        Language lang = people.language();
        String name = people.name(round.speaker());
        List<Block> blocks = new ArrayList<>();
        switch (round.status()) {
            case RUNNING, HELD -> {
                Optional<MeetingTemplate> template = template(round);
                blocks.add(new Block.Text(texts.get(lang, "rounds.turn.floor", name, round.turnLength().toMinutes())));
                template.ifPresent(t -> blocks.add(new Block.Context(phaseLine(lang, t, round))));
                if (template.map(t -> t.phases().get(round.phase()).prompt()).orElse(true))
                    blocks.add(new Block.Context(texts.get(lang, "rounds.turn.question", question(lang, round))));
                blocks.add(new Block.Context(round.status() == RoundStatus.RUNNING
                        ? texts.get(lang, "rounds.card.running", round.turnNumber(), round.order().size(),
                                MeetingDates.time(lang, round.turnEndsAt().orElseThrow().atZone(zone(people))))
                        : texts.get(lang, "rounds.card.held", round.turnNumber(), round.order().size(),
                                span(lang, round.pausedRemaining().orElseThrow()))));
                if (template.isPresent()) blocks.add(new Block.Context(round.status() == RoundStatus.RUNNING
                        ? texts.get(lang, "method.card.phaseEnds", MeetingDates.time(lang, round.phaseEndsAt().orElseThrow().atZone(zone(people))))
                        : texts.get(lang, "method.card.phaseLeft", span(lang, round.phaseRemaining().orElseThrow()))));
                round.facilitator().ifPresent(f -> blocks.add(new Block.Context(texts.get(lang, "method.card.facilitator", people.name(f)))));
                blocks.add(buttons(lang, round, template));
            }
            case INTERRUPTED -> {
                blocks.add(new Block.Text(texts.get(lang, "rounds.interrupted", name)));
                blocks.add(buttons(lang, round, Optional.empty()));
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

    /** "Phase 2 of 4: *Questions* — only open, exploratory questions …", with who has the word. */
    private String phaseLine(Language lang, MeetingTemplate t, Round round) {
        int p = round.phase();
        return texts.get(lang, "method.card.phase", p + 1, t.phases().size(), texts.get(lang, t.phaseTextKey(p, "name")),
                texts.get(lang, t.phaseTextKey(p, "rule")));
    }

    /** A short new post when a phase begins, so whoever glances at the channel sees where the turn is. */
    public Message phaseChange(GroupPeople people, Round round) {
        Language lang = people.language();
        Optional<MeetingTemplate> template = template(round);
        if (template.isEmpty()) return Message.text(texts.get(lang, "method.phase.plain", round.phase() + 1));
        MeetingTemplate t = template.get();
        return Message.of(new Block.Text(texts.get(lang, "method.phase.change", texts.get(lang, t.phaseTextKey(round.phase(), "name")),
                phaseSpan(lang, round.plan().phases().get(round.phase())), people.name(round.speaker()))),
                new Block.Context(texts.get(lang, t.phaseTextKey(round.phase(), "rule"))));
    }

    private Block.Actions buttons(Language lang, Round round, Optional<MeetingTemplate> template) {
        RoundStatus status = round.status();
        java.util.Set<PhaseButton> allowed = template.map(t -> t.phases().get(round.phase()).buttons())
                .orElse(java.util.EnumSet.allOf(PhaseButton.class));
        boolean phases = template.isPresent() && !round.isLastPhase() && status != RoundStatus.INTERRUPTED;
        List<Button> b = new ArrayList<>();
        if (status == RoundStatus.HELD) b.add(new Button("rounds-continue", texts.get(lang, "rounds.button.continue"), "continue", Style.PRIMARY));
        Style first = status == RoundStatus.HELD ? Style.DEFAULT : Style.PRIMARY;
        if (phases && allowed.contains(PhaseButton.NEXT))
            b.add(new Button("rounds-next", texts.get(lang, "method.button.nextPhase"), "next", first));
        if (!phases) b.add(new Button("rounds-next", texts.get(lang, "rounds.button.next"), "next", first));
        else if (allowed.contains(PhaseButton.NEXT_PERSON))
            b.add(Button.of("rounds-next-person", texts.get(lang, "method.button.nextPerson"), "next person"));
        if (status != RoundStatus.INTERRUPTED && allowed.contains(PhaseButton.EXTEND))
            b.add(Button.of("rounds-extend", texts.get(lang, "rounds.button.extend"), "extend 5"));
        if (status == RoundStatus.RUNNING && allowed.contains(PhaseButton.HOLD)) b.add(Button.of("rounds-hold", texts.get(lang, "rounds.button.hold"), "hold"));
        b.add(new Button("rounds-stop", texts.get(lang, "rounds.button.stop"), "stop", Style.DANGER));
        return new Block.Actions(b);
    }

    private String span(Language lang, Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        return seconds >= 60 && seconds % 60 == 0 || seconds >= 120
                ? texts.get(lang, "rounds.span.minutes", (seconds + 30) / 60)
                : texts.get(lang, "rounds.span.seconds", seconds);
    }

    /** A phase's length as people read it: 6 min, 90 s, 4 min 30 s. */
    private String phaseSpan(Language lang, Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        return seconds < 120 || seconds % 60 == 0 ? span(lang, d)
                : texts.get(lang, "method.span.minutesSeconds", seconds / 60, seconds % 60);
    }

    private static ZoneId zone(GroupPeople people) {
        return people.group().booking().map(StandingBooking::zone).orElse(DEFAULT_ZONE);
    }
}
