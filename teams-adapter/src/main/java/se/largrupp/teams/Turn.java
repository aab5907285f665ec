package se.largrupp.teams;

import com.microsoft.bot.schema.Activity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;

/**
 * Who, where and in which language, from one activity; empty when it names no tenant or user.
 *
 * @param memberId the sender's Teams user id ({@code 29:…}) and {@code roster} the team or conversation whose member
 *                 list knows them: where the connector's member lookup finds their e-mail address
 */
record Turn(Invocation invocation, TeamsConversation conversation, Optional<String> activityId, String memberId, String roster) {
    Language language() {
        return invocation.platformLanguage().orElse(Language.SV);
    }

    Turn withAddresses(java.util.List<String> addresses) {
        return new Turn(invocation.withAddresses(addresses), conversation, activityId, memberId, roster);
    }

    static Optional<Turn> of(Activity a) {
        if (a.getConversation() == null || a.getConversation().getId() == null || a.getServiceUrl() == null
                || a.getFrom() == null) return Optional.empty();
        String tenant = tenantOf(a);
        Optional<LeaderId> leader = TeamsUsers.leader(tenant, a.getFrom());
        if (leader.isEmpty()) return Optional.empty();
        TeamsConversation conversation = new TeamsConversation(a.getConversation().getId(), a.getServiceUrl(), tenant,
                Optional.ofNullable(a.teamsGetChannelId()), a.getConversation().getConversationType());
        Optional<String> id = Optional.ofNullable(a.getId()).filter(s -> !s.isBlank());
        Invocation invocation = new Invocation(leader.get(), TeamsUsers.displayName(a.getFrom()),
                Language.fromLocaleTag(a.getLocale()), conversation.ref(), id.map(i -> deliveryId(i, conversation.id())));
        String team = a.teamsGetTeamId();
        String roster = team != null && !team.isBlank() ? team : a.getConversation().getId();
        return Optional.of(new Turn(invocation, conversation, id, a.getFrom().getId() == null ? "" : a.getFrom().getId(), roster));
    }

    /**
     * A message's id is only unique within its conversation (it is the time it was posted, in milliseconds), so two
     * leaders writing in the same millisecond in different chats would share it; the conversation's digest tells them apart.
     */
    static String deliveryId(String activityId, String conversationId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(conversationId.getBytes(StandardCharsets.UTF_8));
            return "teams:" + activityId + "@" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The Entra tenant an activity comes from: its conversation's, else its channel data's; null when it names none. */
    static String tenantOf(Activity a) {
        if (a.getConversation() != null && a.getConversation().getTenantId() != null) return a.getConversation().getTenantId();
        var data = a.teamsGetChannelData();
        return data != null && data.getTenant() != null ? data.getTenant().getId() : null;
    }
}
