package se.largrupp.core.rounds.templates;

import java.time.Duration;
import java.util.Optional;

/**
 * How a template fits a meeting: the slot shared by those present, each turn at most the template's longest
 * (60 min and 4 present: 4 × 15; 45 min and 3: 3 × 15); a template for another number of people is not offered.
 */
public sealed interface TemplateFit {
    record Fitted(MeetingTemplate template, Duration turn) implements TemplateFit {}

    /** Present is outside what the template is for. */
    record WrongSize(MeetingTemplate template, int present) implements TemplateFit {}

    static TemplateFit of(MeetingTemplate t, Duration slot, int present, Optional<Integer> minutesEach) {
        if (!t.takes(present)) return new WrongSize(t, present);
        long minutes = minutesEach.map(Integer::longValue).orElse(Math.min(t.maxMinutes(), slot.toMinutes() / present));
        return new Fitted(t, Duration.ofMinutes(Math.max(1, minutes)));
    }
}
