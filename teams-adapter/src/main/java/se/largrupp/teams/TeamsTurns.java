package se.largrupp.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.Bot;
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
import se.largrupp.core.commands.Reply;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;

/**
 * One turn of the bot: a typed command, a card submit or the bot being added, turned into a core command; the reply
 * goes back through the connector at once (with a short bounded retry). Message content is never logged.
 */
final class TeamsTurns implements Bot {
    private static final Logger log = LoggerFactory.getLogger(TeamsTurns.class);
    private final CommandService commands;
    private final BotConnector connector;
    private final Conversations conversations;
    private final Texts texts;
    private final Retrying retrying;

    TeamsTurns(CommandService commands, BotConnector connector, Conversations conversations, Texts texts, Retrying retrying) {
        this.commands = commands;
        this.connector = connector;
        this.conversations = conversations;
        this.texts = texts;
        this.retrying = retrying;
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext context) {
        Activity activity = context.getActivity();
        Optional<Turn> turn = Turn.of(activity);
        turn.ifPresent(t -> conversations.seen(t.conversation().tenantId(), t.conversation().serviceUrl()));
        if (turn.isEmpty()) {
            log.info("ignoring a {} activity without tenant or user", activity.getType());
        } else if (activity.isType(ActivityTypes.MESSAGE)) {
            onMessage(turn.get(), activity);
        } else if (activity.isType(ActivityTypes.CONVERSATION_UPDATE) && botWasAdded(activity)) {
            answer(turn.get(), commands.execute(turn.get().invocation(), new Command.Help()), Optional.empty(), false);
        } else {
            log.debug("nothing to do for a {} activity", activity.getType());
        }
        return CompletableFuture.completedFuture(null);
    }

    private void onMessage(Turn turn, Activity activity) {
        JsonNode value = activity.getValue() == null ? null : Serialization.objectToTree(activity.getValue());
        Reply reply;
        Optional<String> replaceCard = Optional.empty();
        try {
            if (value != null && value.isObject() && "join".equals(value.path("form").asText())) {
                reply = commands.execute(turn.invocation(), JoinForm.command(value));
                replaceCard = Optional.ofNullable(activity.getReplyToId());
            } else if (value != null && value.hasNonNull("command")) {
                reply = commands.execute(turn.invocation(), value.get("command").asText());
            } else if (value != null && value.hasNonNull("choice") && value.hasNonNull(value.get("choice").asText())) {
                reply = commands.execute(turn.invocation(), value.get(value.get("choice").asText()).asText());
            } else {
                reply = commands.execute(turn.invocation(), CommandText.of(activity));
            }
        } catch (RuntimeException e) {
            log.error("command failed in activity {}", activity.getId(), e);
            reply = Reply.toCaller(se.largrupp.core.port.Message.text(texts.get(turn.language(), "teams.error")));
        }
        answer(turn, reply, replaceCard, true);
    }

    /** @param inReplyTo whether the answer threads under the incoming activity (not for conversation updates) */
    private void answer(Turn turn, Reply reply, Optional<String> replaceCard, boolean inReplyTo) {
        ObjectNode out;
        boolean personalOnly;
        if (reply instanceof Reply.Show show) {
            out = AdaptiveCards.activity(show.message(), texts, turn.language());
            personalOnly = show.visibility() == Reply.Visibility.CALLER;
        } else if (reply instanceof Reply.OpenJoinForm form) {
            out = AdaptiveCards.activity(AdaptiveCards.joinForm(texts, form.language()), texts.get(form.language(), "teams.join.title"));
            personalOnly = true;
        } else {
            return; // a duplicate delivery: say nothing
        }
        TeamsConversation where = turn.conversation();
        BotConnector.Result result;
        if (replaceCard.isPresent()) {
            result = retrying.call(() -> connector.update(where.serviceUrl(), where.id(), replaceCard.get(), out.deepCopy()));
        } else if (personalOnly && !where.personal()) {
            result = retrying.call(() -> conversations.personalChat(where.serviceUrl(), where.tenantId(), turn.userId(), Optional.of(turn.botId())));
            if (result.ok() && result.id().isPresent()) {
                String chat = result.id().get();
                result = retrying.call(() -> connector.send(where.serviceUrl(), chat, out));
            }
        } else if (inReplyTo && turn.activityId().isPresent()) {
            out.put("replyToId", turn.activityId().get());
            result = retrying.call(() -> connector.reply(where.serviceUrl(), where.id(), turn.activityId().get(), out));
        } else {
            result = retrying.call(() -> connector.send(where.serviceUrl(), where.id(), out));
        }
        if (!result.ok()) log.warn("Teams did not take the answer to activity {}: {}", turn.activityId().orElse("?"), result.reason());
    }

    private static boolean botWasAdded(Activity activity) {
        List<ChannelAccount> added = activity.getMembersAdded();
        return added != null && activity.getRecipient() != null
                && added.stream().anyMatch(m -> activity.getRecipient().getId().equals(m.getId()));
    }

    /** Who, where and in which language, from one activity. */
    record Turn(Invocation invocation, TeamsConversation conversation, String userId, String botId, Optional<String> activityId) {
        Language language() {
            return invocation.platformLanguage().orElse(Language.SV);
        }

        static Optional<Turn> of(Activity a) {
            if (a.getConversation() == null || a.getServiceUrl() == null || a.getFrom() == null) return Optional.empty();
            String tenant = tenantOf(a);
            Optional<LeaderId> leader = TeamsUsers.leader(tenant, a.getFrom());
            if (leader.isEmpty()) return Optional.empty();
            TeamsConversation conversation = new TeamsConversation(a.getConversation().getId(), a.getServiceUrl(), tenant,
                    Optional.ofNullable(a.teamsGetChannelId()), a.getConversation().getConversationType());
            Optional<String> id = Optional.ofNullable(a.getId()).filter(s -> !s.isBlank());
            Invocation invocation = new Invocation(leader.get(), TeamsUsers.displayName(a.getFrom()),
                    Language.fromLocaleTag(a.getLocale()), conversation.ref(), id.map(s -> "teams:" + s));
            String bot = a.getRecipient() == null || a.getRecipient().getId() == null ? "" : a.getRecipient().getId();
            return Optional.of(new Turn(invocation, conversation, a.getFrom().getId(), bot, id));
        }

        private static String tenantOf(Activity a) {
            if (a.getConversation().getTenantId() != null) return a.getConversation().getTenantId();
            var data = a.teamsGetChannelData();
            return data != null && data.getTenant() != null ? data.getTenant().getId() : null;
        }
    }
}
