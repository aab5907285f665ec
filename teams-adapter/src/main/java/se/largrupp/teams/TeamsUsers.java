package se.largrupp.teams;

import com.microsoft.bot.schema.ChannelAccount;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;

/**
 * Maps Teams users to leader ids: {@code LeaderId(TEAMS, tenant, aadObjectId)}. The Entra object id is stable across
 * the tenant and the connector accepts it as a member id. A Teams user id ({@code 29:…}) is only a fallback; its ':'
 * would clash with {@link LeaderId#key()}, so it is stored with '~' instead.
 */
final class TeamsUsers {
    private TeamsUsers() {}

    static Optional<LeaderId> leader(String tenantId, ChannelAccount from) {
        if (from == null || tenantId == null || tenantId.isBlank()) return Optional.empty();
        String user = from.getAadObjectId() != null && !from.getAadObjectId().isBlank()
                ? from.getAadObjectId() : from.getId() == null ? "" : from.getId().replace(':', '~');
        return user.isBlank() ? Optional.empty() : Optional.of(LeaderId.of(Platform.TEAMS, tenantId, user));
    }

    /** The member id for the connector's create-conversation call. */
    static String memberId(LeaderId leader) {
        return leader.user().replace('~', ':');
    }

    static String displayName(ChannelAccount from) {
        return from == null || from.getName() == null ? "" : from.getName();
    }
}
