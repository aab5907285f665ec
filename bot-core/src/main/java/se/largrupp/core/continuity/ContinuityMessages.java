package se.largrupp.core.continuity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;
import se.largrupp.core.port.Message.Button;

/** The feature's texts, from the {@code continuity} bundle, and the buttons that carry canonical commands. */
final class ContinuityMessages {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private final Texts texts;

    ContinuityMessages(Texts texts) {
        this.texts = texts;
    }

    String text(Language lang, String key, Object... args) {
        return texts.get(lang, key, args);
    }

    Message plain(Language lang, String key, Object... args) {
        return Message.text(text(lang, key, args));
    }

    /** "Oskar Sjöberg (Sälj)", or the name alone. */
    String member(Language lang, Leader l) {
        return l.department().filter(d -> !d.isBlank())
                .map(d -> text(lang, "continuity.member", l.displayName(), d))
                .orElseGet(() -> text(lang, "continuity.memberNoDepartment", l.displayName()));
    }

    /** "Anna, Bo och Cy" / "Anna, Bo and Cy". */
    String names(Language lang, List<String> names) {
        if (names.isEmpty()) return "";
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + text(lang, "continuity.and") + names.get(names.size() - 1);
    }

    String members(Language lang, List<Leader> people) {
        return names(lang, people.stream().map(l -> member(lang, l)).toList());
    }

    /** "tisdag 2 februari" in Stockholm time: when an invitation runs out, the next regrouping. */
    String day(Language lang, Instant at) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", lang.locale()).format(at.atZone(STOCKHOLM));
    }

    /** An invitation or offer with Accept / Decline ("Tacka ja" / "Tacka nej"): the buttons run {@code group accept <id>}. */
    Message answerable(Language lang, String heading, List<String> paragraphs, String invitation) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(heading));
        paragraphs.forEach(p -> blocks.add(new Block.Text(p)));
        blocks.add(new Block.Actions(List.of(
                new Button("group-accept", text(lang, "continuity.button.accept"), "group accept " + invitation, Message.Style.PRIMARY),
                Button.of("group-decline", text(lang, "continuity.button.decline"), "group decline " + invitation))));
        return new Message(blocks);
    }

    /** For someone not in the programme yet: join first, then the invitation follows. */
    Message joinFirst(Language lang, String text) {
        return Message.of(new Block.Text(text), new Block.Actions(List.of(
                new Button("group-join", text(lang, "continuity.button.join"), "join", Message.Style.PRIMARY))));
    }

    Message mergeOffer(Language lang, String text, String offer) {
        return Message.of(new Block.Heading(text(lang, "continuity.merge.heading")), new Block.Text(text),
                new Block.Actions(List.of(
                        new Button("merge-yes", text(lang, "continuity.button.merge"), "merge yes " + offer, Message.Style.PRIMARY),
                        Button.of("merge-no", text(lang, "continuity.button.stayTwo"), "merge no " + offer))));
    }

    Message proposal(Language lang, String text, String proposal) {
        return Message.of(new Block.Text(text), new Block.Context(text(lang, "continuity.approve.why")),
                new Block.Actions(List.of(
                        new Button("placement-approve", text(lang, "continuity.button.approve"), "placement approve " + proposal,
                                Message.Style.PRIMARY),
                        Button.of("placement-skip", text(lang, "continuity.button.skip"), "placement skip " + proposal))));
    }

    /** The group's conversation for someone who joins it: a link where the platform has one, else its name. */
    String where(Language lang, Optional<String> link, String slug) {
        return link.map(l -> text(lang, "continuity.placed.link", l)).orElseGet(() -> text(lang, "continuity.placed.named", slug));
    }
}
