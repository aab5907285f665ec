package se.largrupp.core.continuity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.Wakeups;
import se.largrupp.core.regrouping.Placements;

/**
 * The placement run of a workspace, on a wake-up a few minutes after a join, a return, a departure or a regrouping:
 * the waiting list follows who is waiting; the engine places them into groups with room (groups down to two first);
 * three or more left who fit together are offered a group of their own; whoever still waits is told, once, their place
 * in the queue and what happens next; with nobody waiting, a group down to two is offered a merge. In {@code approve}
 * mode placements and new groups go to the admins first. Nothing runs before the first regrouping.
 */
final class PlaceNewcomers implements Wakeups.Handler {
    static final String TOPIC = "continuity.place";
    static final String AT = ":at:";
    private final Deps d;
    private final JoinGroup join;
    private final Invite invite;
    private final Approvals approvals;
    private final SmallGroups small;
    private final WaitingMessages waitingMessages;

    PlaceNewcomers(Deps d, JoinGroup join, Invite invite, Approvals approvals, SmallGroups small, WaitingMessages waitingMessages) {
        this.d = d;
        this.join = join;
        this.invite = invite;
        this.approvals = approvals;
        this.small = small;
        this.waitingMessages = waitingMessages;
    }

    static String subject(Workspace ws) {
        return "workspace:" + ws.key();
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void wake(String subject, Instant due) {
        String key = subject.substring("workspace:".length());
        int at = key.indexOf(AT);
        Workspace ws = Workspace.parse(at < 0 ? key : key.substring(0, at));
        try {
            d.transactions().inTransaction(() -> run(ws));
        } catch (se.largrupp.core.storage.StorageException e) {
            // Two runs of one workspace at once (the settling one after a join and one a regrouping or a pause planned)
            // both add the same leader to the waiting list; the later one loses on the key and rolls back. Run again
            // on what the other committed, or the newcomer it saw would wait for the next wake-up.
            if (!duplicateKey(e)) throw e;
            d.transactions().inTransaction(() -> run(ws));
        }
    }

    private static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().equals("23505")) return true;
        return false;
    }

    void run(Workspace ws) {
        if (d.options().mode(ws) == PlacementMode.OFF) return;
        Pool pool = d.pool(ws);
        // Until the first regrouping (groups leaders started themselves are generation 0) it places everyone.
        if (d.groups().latestGeneration(ws) == 0) return;
        Instant now = pool.now;
        Tidy.up(d.store(), pool);
        List<LeaderId> queue = queue(pool);
        Set<LeaderId> busy = Busy.of(d.store(), ws);
        List<LeaderId> free = queue.stream().filter(l -> !busy.contains(l)).toList();
        Placements fitting = d.fitting(pool.workspace);
        List<Placements.OpenGroup> open = open(pool);
        Map<String, LeaderId> byKey = Pool.byKey(free);
        Map<String, LearningGroup> groupById = new java.util.HashMap<>();
        pool.active.forEach(g -> groupById.put(g.id().value(), g));
        Placements.Placement placement = fitting.place(pool.candidates(), pool.history, open, Pool.keys(free), approvals.skippedPlaces(ws));
        boolean approve = d.options().mode(ws) == PlacementMode.APPROVE;
        placement.groupOf().forEach((newcomer, group) -> {
            LearningGroup target = d.groups().find(groupById.get(group).id()).orElseThrow();
            if (approve) approvals.proposePlace(pool, target, byKey.get(newcomer));
            else join.join(target, byKey.get(newcomer), now);
        });
        List<LeaderId> left = new ArrayList<>(placement.unplaced().stream().map(byKey::get).toList());
        if (left.size() >= 3) {
            Set<Set<String>> declined = new HashSet<>(approvals.skippedGroups(ws));
            for (Invitation i : d.store().invitations().inWorkspace(ws))
                if (i.status() == Invitation.Status.CLOSED && !i.selfStarted() && i.group().isEmpty())
                    declined.add(Set.copyOf(Pool.keys(i.invitees().stream().map(Invitation.Invitee::leader).toList())));
            for (List<String> g : fitting.waitingGroups(pool.candidates(), pool.history, Pool.keys(left), declined)) {
                List<LeaderId> members = g.stream().map(byKey::get).toList();
                if (approve) approvals.proposeNewGroup(pool, members);
                else invite.send(pool, java.util.Optional.empty(), members, now);
                left.removeAll(members);
            }
        }
        waitingMessages.tell(pool, left, queue);
        if (left.isEmpty()) small.offer(pool, placement.groupOf().values());
    }

    /** The waiting list brought up to date: who takes part and has no group, oldest first, newcomers appended. */
    private List<LeaderId> queue(Pool pool) {
        Set<LeaderId> listed = new HashSet<>();
        for (WaitingEntry e : d.store().waiting().of(pool.workspace)) {
            if (!pool.takesPart(e.leader()) || pool.groupOf(e.leader()).isPresent()) d.store().waiting().remove(e.leader());
            else listed.add(e.leader());
        }
        int joinedTogether = 0;
        for (Leader l : pool.leaders) // in join order: those who joined together keep it, a microsecond apart
            if (pool.takesPart(l.id()) && pool.groupOf(l.id()).isEmpty() && !listed.contains(l.id()))
                d.store().waiting().save(new WaitingEntry(l.id(), pool.now.plusNanos(1000L * joinedTogether++), java.util.Optional.empty()));
        return d.store().waiting().of(pool.workspace).stream().map(WaitingEntry::leader).toList();
    }

    /** Active groups with room, less what pending proposals already promised them. */
    private List<Placements.OpenGroup> open(Pool pool) {
        List<Placements.OpenGroup> out = new ArrayList<>();
        for (LearningGroup g : pool.active) {
            int room = LearningGroup.MAX_SIZE - g.members().size() - approvals.promised(pool.workspace, g.id());
            if (room > 0) out.add(new Placements.OpenGroup(g.id().value(), Pool.keys(g.members()), room, pool.takingPart(g) <= 2));
        }
        return out;
    }
}
