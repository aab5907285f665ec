package se.largrupp.core.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Sponsors;
import se.largrupp.core.leaders.Workspace;

/** Sponsors added in chat or by an import (the configured ones are the core's business). */
public final class InMemorySponsors implements Sponsors {
    private final Map<LeaderId, LeaderId> addedBy = new LinkedHashMap<>();

    @Override
    public synchronized boolean isSponsor(LeaderId who) {
        return addedBy.containsKey(who);
    }

    @Override
    public synchronized Set<LeaderId> added(Workspace workspace) {
        return addedBy.keySet().stream().filter(id -> id.workspace().equals(workspace)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public synchronized void add(LeaderId who, LeaderId by) {
        addedBy.putIfAbsent(who, by);
    }

    @Override
    public synchronized void remove(LeaderId who) {
        addedBy.remove(who);
    }
}
