package se.largrupp.core.rounds.templates;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A way to run a learning group's meeting: the phases of each person's turn, for how many people and how long a turn.
 * Read from {@code largrupp/templates/<key>.properties}; its words are in {@code largrupp/i18n/template-<key>_*.properties}.
 *
 * @param minPeople   fewest present it is offered to
 * @param maxPeople   most present it is offered to (Troika: exactly 3)
 * @param minMinutes  the shortest turn it is meant for, per person
 * @param maxMinutes  the longest turn per person; a longer slot ends early rather than stretching the turns
 */
public record MeetingTemplate(String key, int order, int minPeople, int maxPeople, int minMinutes, int maxMinutes,
                              List<TemplatePhase> phases) {
    public MeetingTemplate {
        Objects.requireNonNull(key, "key");
        phases = List.copyOf(phases);
        if (phases.isEmpty()) throw new IllegalArgumentException("a template needs a phase: " + key);
    }

    /** The bundle prefix of the template's texts. */
    public String textKey(String suffix) {
        return "template-" + key + "." + suffix;
    }

    public String phaseTextKey(int phase, String suffix) {
        return textKey("phase." + phases.get(phase).key() + "." + suffix);
    }

    public boolean takes(int present) {
        return present >= minPeople && present <= maxPeople;
    }

    /**
     * The phases' lengths in a turn of {@code turn}: fixed phases get their minutes (as far as the turn allows), the
     * phases with a share split the rest; rounding goes to the last of them, so the lengths add up to the turn exactly.
     */
    public List<Duration> phaseLengths(Duration turn) {
        long total = turn.toSeconds();
        long fixed = 0;
        for (TemplatePhase p : phases) if (p.minutes().isPresent()) fixed += p.minutes().getAsInt() * 60L;
        double squeeze = fixed > total ? (double) total / fixed : 1.0;
        long rest = total - Math.min(fixed, total);
        int lastShared = -1;
        for (int i = 0; i < phases.size(); i++) if (phases.get(i).share().isPresent()) lastShared = i;
        if (lastShared < 0) lastShared = phases.size() - 1;
        List<Long> seconds = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < phases.size(); i++) {
            TemplatePhase p = phases.get(i);
            long s = p.minutes().isPresent() ? (long) Math.floor(p.minutes().getAsInt() * 60L * squeeze)
                    : rest * p.share().getAsInt() / 100;
            seconds.add(s);
            given += s;
        }
        seconds.set(lastShared, seconds.get(lastShared) + total - given);
        return seconds.stream().map(Duration::ofSeconds).toList();
    }
}
