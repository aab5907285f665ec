package se.largrupp.core.leaders.usecases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.commands.Formats;
import se.largrupp.core.groups.BookingChanged;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.OutgoingMessage;

/** Takes a leader out of their active group and tells the others, kindly, in the group's own conversation. */
final class GroupDeparture {
    private final Groups groups;
    private final Leaders leaders;
    private final Outbox outbox;
    private final Texts texts;
    private final List<BookingChanged> bookingListeners;

    GroupDeparture(Groups groups, Leaders leaders, Outbox outbox, Texts texts, List<BookingChanged> bookingListeners) {
        this.groups = groups;
        this.leaders = leaders;
        this.outbox = outbox;
        this.texts = texts;
        this.bookingListeners = List.copyOf(bookingListeners);
    }

    /**
     * @param named whether the others hear the leader's name (not after "forget me": then nothing of them is kept)
     */
    Optional<LearningGroup> depart(LeaderId leader, String name, boolean named, Instant now) {
        Optional<LearningGroup> active = groups.activeGroupOf(leader);
        if (active.isEmpty()) return Optional.empty();
        LearningGroup group = active.get();
        List<LeaderId> remaining = group.members().stream().filter(m -> !m.equals(leader)).toList();
        // A group cannot be left empty: the last one out dissolves it, which keeps its history for the regrouper.
        LearningGroup after = remaining.isEmpty() ? group.dissolved(now) : group.withMembers(remaining);
        groups.save(after);
        // A dissolved group meets no more: its nudges and other wake-ups go with it.
        if (!after.isActive()) bookingListeners.forEach(l -> l.bookingChanged(after));
        if (!remaining.isEmpty() && group.conversation().isPresent()) {
            Language lang = Formats.groupLanguage(leaders, after);
            String text = named ? texts.get(lang, "leaders.leave.toGroup", name, remaining.size())
                    : texts.get(lang, "leaders.leave.toGroupAnonymous", remaining.size());
            // The key names the group and the moment, not the leader: it outlives a later "forget me".
            outbox.add(OutgoingMessage.post("left:" + group.id() + ":" + now.toEpochMilli() + ":" + remaining.size(),
                    group.conversation().get(), Message.text(text)).in(lang));
        }
        return Optional.of(after);
    }
}
