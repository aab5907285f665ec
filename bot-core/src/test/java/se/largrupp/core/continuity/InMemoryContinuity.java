package se.largrupp.core.continuity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.regrouping.RegroupOptions;

/** The feature's store in memory, for use-case tests and the adapters' protocol tests. */
public final class InMemoryContinuity {
    private InMemoryContinuity() {}

    public static ContinuityStore store() {
        return new ContinuityStore(new Waiting(), new InvitationsInMemory(), new ProposalsInMemory());
    }

    /** In-memory store, default engine options and no regroup cycle. */
    public static ContinuityOptions options(PlacementMode mode) {
        return new ContinuityOptions(store(), mode, ContinuityOptions.DEFAULT_SETTLE, RegroupOptions.defaults(), MeetingSettings.defaults());
    }

    static final class Waiting implements WaitingList {
        private final Map<LeaderId, WaitingEntry> entries = new LinkedHashMap<>();

        public synchronized List<WaitingEntry> of(Workspace ws) {
            return entries.values().stream().filter(e -> e.leader().workspace().equals(ws))
                    .sorted(Comparator.comparing(WaitingEntry::since).thenComparing(e -> e.leader().key())).toList();
        }

        public synchronized void save(WaitingEntry e) {
            entries.put(e.leader(), e);
        }

        public synchronized void remove(LeaderId leader) {
            entries.remove(leader);
        }
    }

    static final class InvitationsInMemory implements Invitations {
        private final Map<String, Invitation> rows = new LinkedHashMap<>();

        public synchronized void save(Invitation i) { rows.put(i.id(), i); }
        public synchronized Optional<Invitation> find(String id) { return Optional.ofNullable(rows.get(id)); }
        public synchronized List<Invitation> inWorkspace(Workspace ws) {
            return new ArrayList<>(rows.values().stream().filter(i -> i.workspace().equals(ws))
                    .sorted(Comparator.comparing(Invitation::createdAt)).toList());
        }
        public synchronized void delete(String id) { rows.remove(id); }
    }

    static final class ProposalsInMemory implements Proposals {
        private final Map<String, Proposal> rows = new LinkedHashMap<>();

        public synchronized void save(Proposal p) { rows.put(p.id(), p); }
        public synchronized Optional<Proposal> find(String id) { return Optional.ofNullable(rows.get(id)); }
        public synchronized List<Proposal> inWorkspace(Workspace ws) {
            return new ArrayList<>(rows.values().stream().filter(p -> p.workspace().equals(ws))
                    .sorted(Comparator.comparing(Proposal::createdAt)).toList());
        }
        public synchronized void delete(String id) { rows.remove(id); }
    }
}
