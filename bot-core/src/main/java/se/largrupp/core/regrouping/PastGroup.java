package se.largrupp.core.regrouping;

import java.util.List;

/**
 * A group that met in an earlier round. Rounds are numbered upwards; a higher round is more recent and a repeat of
 * it costs more. Ids that are no longer candidates (leavers) are simply ignored.
 */
public record PastGroup(int round, List<String> members) {
    public PastGroup {
        members = List.copyOf(members);
    }
}
