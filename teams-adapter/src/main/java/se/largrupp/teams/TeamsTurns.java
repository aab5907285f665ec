package se.largrupp.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Serialization;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Invocation;

/**
 * One turn of the bot: a typed command, a card action or the bot being added becomes a core command whose reply the
 * core writes to the outbox (see {@link Invocation#withReplyTo}); the turn makes no connector call, so Teams gets its
 * answer as soon as the command committed (only when {@code LARGRUPP_ADMINS} names admins by e-mail address is a new
 * sender's address looked up first, see {@link TeamsAddresses}). Every {@code invoke} gets an invoke response: a card action's
 * acknowledgement, or 200 with no body for the invokes the bot has no use for. Message content is never logged.
 */
final class TeamsTurns implements Bot {
    private static final Logger log = LoggerFactory.getLogger(TeamsTurns.class);
    static final String CARD_ACTION = "adaptiveCard/action";
    private final CommandService commands;
    private final Conversations conversations;
    private final InvokeAnswers answers;
    private final TeamsAddresses addresses;
    private final TeamsFiles files;

    TeamsTurns(CommandService commands, Conversations conversations, InvokeAnswers answers, TeamsAddresses addresses,
               TeamsFiles files) {
        this.commands = commands;
        this.conversations = conversations;
        this.answers = answers;
        this.addresses = addresses;
        this.files = files;
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext context) {
        Activity activity = context.getActivity();
        Optional<Turn> turn = Turn.of(activity);
        turn.ifPresent(t -> conversations.seen(t.conversation().tenantId(), t.conversation().serviceUrl()));
        if (activity.isType(ActivityTypes.INVOKE)) return onInvoke(context, activity, turn);
        if (turn.isEmpty()) {
            log.info("ignoring a {} activity without tenant or user", TeamsLog.safe(activity.getType()));
        } else if (activity.isType(ActivityTypes.MESSAGE)) {
            onMessage(turn.get(), activity);
        } else if (activity.isType(ActivityTypes.CONVERSATION_UPDATE) && botWasAdded(activity)) {
            // The welcome is for whoever added the bot: the core's help, for the caller only (their personal chat).
            run(turn.get(), turn.get().conversation(), i -> commands.execute(i, new Command.Help()));
        } else {
            log.debug("nothing to do for a {} activity", TeamsLog.safe(activity.getType()));
        }
        return CompletableFuture.completedFuture(null);
    }

    private void onMessage(Turn turn, Activity activity) {
        if (activity.getValue() != null) { // an Action.Submit: the pressed card's data, with or without text
            Optional<CardAction> action = CardAction.of(Serialization.objectToTree(activity.getValue()));
            if (action.isPresent()) act(turn, action.get(), activity.getReplyToId());
            else log.debug("a card action the bot did not send: nothing to do");
            return;
        }
        Optional<String> csv = TeamsFiles.csvDownload(activity);
        if (csv.isPresent()) {
            // HR's file for the org chart: fetched and its addresses looked up before the core's transaction.
            Optional<Command.OrgChartFile> file = files.command(turn, csv.get());
            // An empty file tells the core the download failed; it answers that (or that the sender is no admin).
            Command.OrgChartFile command = file.orElseGet(() -> new Command.OrgChartFile(new byte[0], java.util.Map.of()));
            run(turn, underTheActivity(turn), i -> commands.execute(i, command));
            return;
        }
        String text = CommandText.of(activity);
        run(turn, underTheActivity(turn), i -> commands.execute(i, text));
    }

    private CompletableFuture<Void> onInvoke(TurnContext context, Activity activity, Optional<Turn> turn) {
        String name = activity.getName() == null ? "" : activity.getName();
        InvokeResponse response;
        if (CARD_ACTION.equals(name)) {
            JsonNode data = activity.getValue() == null ? null
                    : Serialization.objectToTree(activity.getValue()).path("action").path("data");
            Optional<CardAction> action = turn.flatMap(t -> CardAction.of(data));
            if (turn.isPresent() && action.isPresent()) act(turn.get(), action.get(), activity.getReplyToId());
            response = answers.cardAction(turn.map(Turn::language));
        } else {
            log.debug("answering a {} invoke that the bot does not use with 200 and no body", TeamsLog.safe(name));
            response = answers.nothing();
        }
        Activity invokeResponse = new Activity(ActivityTypes.INVOKE_RESPONSE);
        invokeResponse.setValue(response);
        // The SDK keeps an invokeResponse activity for the HTTP answer instead of sending it anywhere.
        return context.sendActivity(invokeResponse).thenApply(sent -> null);
    }

    /** A pressed button runs its command like typed text; the join card's answer replaces the card. */
    private void act(Turn turn, CardAction action, String cardId) {
        TeamsConversation route = action.joinForm() && cardId != null && !cardId.isBlank()
                ? turn.conversation().replacing(cardId) : underTheActivity(turn);
        run(turn, route, i -> commands.execute(i, action.text()));
    }

    private static TeamsConversation underTheActivity(Turn turn) {
        return turn.activityId().map(turn.conversation()::replyingTo).orElse(turn.conversation());
    }

    private void run(Turn turn, TeamsConversation route, java.util.function.Function<Invocation, ?> command) {
        try {
            command.apply(addresses.complete(turn).invocation().withReplyTo(route.ref()));
        } catch (RuntimeException e) {
            // The core answers faults itself (through the outbox); this is a fault around it. Never the text.
            log.error("a command for activity {} failed: {}", TeamsLog.safe(turn.activityId().orElse("?")),
                    se.largrupp.core.logging.Faults.describe(e));
        }
    }

    private static boolean botWasAdded(Activity activity) {
        List<ChannelAccount> added = activity.getMembersAdded();
        return added != null && activity.getRecipient() != null && activity.getRecipient().getId() != null
                && added.stream().anyMatch(m -> activity.getRecipient().getId().equals(m.getId()));
    }
}
