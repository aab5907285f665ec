package se.largrupp.core.rounds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.meetings.GroupPeople;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.MeetingStatus;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.meetings.Occurrences;
import se.largrupp.core.rounds.roles.FairRoles;
import se.largrupp.core.rounds.roles.Role;
import se.largrupp.core.rounds.templates.MeetingTemplate;
import se.largrupp.core.rounds.templates.MeetingTemplates;
import se.largrupp.core.rounds.templates.TemplateFit;

/**
 * {@code start [minutes] [names]}: a member starts the group's round. Present are the named people, else those who
 * said they come to this occurrence, else every active member. The occurrence is marked as held. Runs in the
 * command's transaction; the command service has already checked that the caller is a member of the group.
 */
public final class StartRound implements CommandHandler<Command.Start> {
    public static final int MIN_MINUTES = 1, MAX_MINUTES = 60;

    private final Leaders leaders;
    private final Meetings meetings;
    private final Rounds rounds;
    private final RoundEffects effects;
    private final Clock clock;
    private final MeetingTemplates templates;
    private final GroupTemplates chosen;
    private final MethodStores stores;
    private final RoundRotation rotation;
    private final GroundRulesCard rulesCard;

    StartRound(Leaders leaders, Meetings meetings, Rounds rounds, RoundEffects effects, Clock clock, MeetingTemplates templates,
               MethodStores stores, GroundRulesCard rulesCard) {
        this.leaders = leaders;
        this.meetings = meetings;
        this.rounds = rounds;
        this.effects = effects;
        this.clock = clock;
        this.templates = templates;
        this.chosen = stores.templates();
        this.stores = stores;
        this.rotation = new RoundRotation(rounds, stores.roles());
        this.rulesCard = rulesCard;
    }

    @Override
    public Reply handle(CommandContext context, Command.Start command) {
        if (!RoundsFeature.inGroupConversation(context)) return context.refuse("rounds.refused.noGroup");
        LearningGroup group = context.group().orElseThrow();
        Optional<Round> open = rounds.open(group.id());
        GroupPeople people = GroupPeople.load(group, leaders);
        if (open.isPresent())
            return context.refuse("rounds.refused.alreadyRunning", people.name(open.get().speaker()));
        if (command.minutesEach().filter(m -> m < MIN_MINUTES || m > MAX_MINUTES).isPresent())
            return context.refuse("rounds.refused.minutes", MIN_MINUTES, MAX_MINUTES);

        Instant now = clock.instant();
        Optional<ZonedDateTime> occurrence = group.booking().flatMap(b -> Occurrences.around(b, now));
        Optional<Meeting> meeting = occurrence.map(o -> meetings.find(group.id(), o.toInstant())
                .orElseGet(() -> Meeting.planned(group.id(), o.toInstant())));
        // "start troika": a first word that names a template runs this one round with it
        List<String> named = new ArrayList<>(command.present());
        Optional<MeetingTemplate> asked = named.isEmpty() || resolve(people, named.get(0)).isPresent()
                ? Optional.empty() : templates.find(named.get(0));
        if (asked.isPresent()) named.remove(0);
        MeetingTemplate template = asked.or(() -> chosen.of(group.id()).flatMap(templates::find)).orElseGet(templates::byDefault);
        List<LeaderId> present;
        if (!named.isEmpty()) {
            present = new ArrayList<>();
            for (String typed : named) {
                Optional<LeaderId> who = resolve(people, typed);
                if (who.isEmpty()) return context.refuse("rounds.refused.unknownName", typed);
                if (!present.contains(who.get())) present.add(who.get());
            }
        } else {
            List<LeaderId> active = people.activeMembers(now.atZone(zoneOf(group)).toLocalDate());
            if (active.isEmpty()) active = group.members();
            List<LeaderId> coming = meeting.map(m -> m.coming(group.members())).orElse(List.of());
            present = coming.isEmpty() ? active : coming;
        }

        Duration meetingLength = group.booking().map(StandingBooking::duration).orElse(StandingBooking.DEFAULT_DURATION);
        TemplateFit fit = TemplateFit.of(template, meetingLength, present.size(), command.minutesEach());
        if (fit instanceof TemplateFit.WrongSize w) return TemplateRefusals.wrongSize(context, templates, w);
        TurnPlan plan = new TurnPlan(Optional.of(template.key()), template.phaseLengths(((TemplateFit.Fitted) fit).turn()));
        List<LeaderId> order = rotation.order(group.id(), present);
        LeaderId facilitator = FairRoles.facilitator(order, stores.roles().of(group.id(), Role.FACILITATOR));
        Round round = Round.started(group.id(), order, plan, Optional.of(facilitator), now);
        stores.roles().record(group.id(), Role.OPENER, order.get(0), now);
        stores.roles().record(group.id(), Role.FACILITATOR, facilitator, now);

        // a round that ran is a meeting held: this occurrence's, else an extra meeting of its own
        meetings.save(meeting.orElseGet(() -> Meeting.planned(group.id(), now)).withStatus(MeetingStatus.HELD));
        effects.post(people, round, "start", effects.messages().announcement(people, round));
        rulesCard.postIfNeeded(people, round, stores.groundRules().agreed(group.id()));
        effects.apply(people, round, now);
        return context.toCaller("rounds.ack.started");
    }

    /** A typed name: a mention ({@code <@U1>}, {@code <@U1|anna>}, {@code @anna}), a user id, a name or first name. */
    static Optional<LeaderId> resolve(GroupPeople people, String typed) {
        String t = typed.trim();
        if (t.startsWith("<@") && t.endsWith(">")) t = t.substring(2, t.length() - 1);
        if (t.contains("|")) t = t.substring(0, t.indexOf('|'));
        if (t.startsWith("@")) t = t.substring(1);
        String wanted = t.toLowerCase(Locale.ROOT);
        for (LeaderId m : people.group().members()) {
            String name = people.name(m).toLowerCase(Locale.ROOT);
            String first = name.contains(" ") ? name.substring(0, name.indexOf(' ')) : name;
            if (m.user().equalsIgnoreCase(wanted) || name.equals(wanted) || first.equals(wanted)) return Optional.of(m);
        }
        return Optional.empty();
    }

    private static java.time.ZoneId zoneOf(LearningGroup group) {
        return group.booking().map(StandingBooking::zone).orElse(java.time.ZoneId.of("Europe/Stockholm"));
    }
}
