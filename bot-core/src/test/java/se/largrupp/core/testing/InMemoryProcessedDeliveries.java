package se.largrupp.core.testing;

import java.util.HashSet;
import java.util.Set;
import se.largrupp.core.port.ProcessedDeliveries;

public final class InMemoryProcessedDeliveries implements ProcessedDeliveries {
    private final Set<String> seen = new HashSet<>();

    @Override
    public synchronized boolean firstTime(String deliveryId) {
        return seen.add(deliveryId);
    }
}
