package se.largrupp.core.rounds.templates;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;

/**
 * Reads one template file ({@code largrupp/templates/<key>.properties}) into a {@link MeetingTemplate}, collecting every
 * problem instead of stopping at the first, so a broken file is reported whole.
 */
final class TemplateFile {
    private final String key;
    private final Properties p;
    private final List<String> problems = new ArrayList<>();

    private TemplateFile(String key, Properties p) {
        this.key = key;
        this.p = p;
    }

    record Result(java.util.Optional<MeetingTemplate> template, List<String> problems) {}

    static Result read(String key, Properties p) {
        TemplateFile f = new TemplateFile(key, p);
        MeetingTemplate t = f.parse();
        return new Result(f.problems.isEmpty() ? java.util.Optional.of(t) : java.util.Optional.empty(), List.copyOf(f.problems));
    }

    private MeetingTemplate parse() {
        int order = number("order", 100);
        int[] people = range("people", 2, 8);
        int[] minutes = range("minutes", 1, 60);
        List<TemplatePhase> phases = new ArrayList<>();
        String list = p.getProperty("phases", "").strip();
        if (list.isEmpty()) problem(new IllegalArgumentException("no phases"));
        int shares = 0;
        boolean anyShare = false;
        for (String name : list.isEmpty() ? new String[0] : list.split("\\s*,\\s*")) {
            String prefix = "phase." + name + ".";
            OptionalInt share = optionalNumber(prefix + "share");
            OptionalInt fixed = optionalNumber(prefix + "minutes");
            if (share.isPresent() == fixed.isPresent()) problem(new IllegalArgumentException(name + ": give either a share or minutes"));
            if (share.isPresent()) {
                anyShare = true;
                shares += share.getAsInt();
                if (share.getAsInt() <= 0) problem(new IllegalArgumentException(name + ": a share must be above 0"));
            }
            if (fixed.isPresent() && fixed.getAsInt() <= 0) problem(new IllegalArgumentException(name + ": minutes must be above 0"));
            Speaker speaker = Speaker.fromKey(p.getProperty(prefix + "speaker", "")).orElseGet(() -> {
                problem(new IllegalArgumentException(name + ": speaker must be case-giver, others or all"));
                return Speaker.ALL;
            });
            Set<PhaseButton> buttons = EnumSet.noneOf(PhaseButton.class);
            for (String b : p.getProperty(prefix + "buttons", "next,next-person,extend,hold,stop").split("\\s*,\\s*"))
                PhaseButton.fromKey(b).ifPresentOrElse(buttons::add, () -> problem(new IllegalArgumentException(name + ": unknown button " + b)));
            phases.add(new TemplatePhase(name, share, fixed, speaker, Boolean.parseBoolean(p.getProperty(prefix + "prompt", "false")), buttons));
        }
        if (anyShare && shares != 100) problem(new IllegalArgumentException("the shares add up to " + shares + " %, not 100 %"));
        if (phases.isEmpty()) phases.add(new TemplatePhase("none", OptionalInt.of(100), OptionalInt.empty(), Speaker.ALL, false, Set.of()));
        return new MeetingTemplate(key, order, people[0], people[1], minutes[0], minutes[1], phases);
    }

    private int number(String name, int otherwise) {
        return optionalNumber(name).orElse(otherwise);
    }

    private OptionalInt optionalNumber(String name) {
        String v = p.getProperty(name);
        if (v == null || v.isBlank()) return OptionalInt.empty();
        try {
            return OptionalInt.of(Integer.parseInt(v.strip().replace("%", "").strip()));
        } catch (NumberFormatException e) {
            problem(new IllegalArgumentException(name + " is not a number: " + v));
            return OptionalInt.empty();
        }
    }

    /** {@code 3} or {@code 2-6}. */
    private int[] range(String name, int lowest, int highest) {
        String v = p.getProperty(name, lowest + "-" + highest).strip();
        String[] parts = v.split("\\s*-\\s*");
        try {
            int lo = Integer.parseInt(parts[0]), hi = Integer.parseInt(parts[parts.length - 1]);
            if (parts.length > 2 || lo > hi || lo < lowest || hi > highest) problem(new IllegalArgumentException(name + " must be a range within " + lowest + "-" + highest + ": " + v));
            return new int[] {lo, hi};
        } catch (NumberFormatException e) {
            problem(new IllegalArgumentException(name + " is not a range: " + v));
            return new int[] {lowest, highest};
        }
    }

    /** A fault in the file, kept to report with the others. */
    private void problem(IllegalArgumentException fault) {
        problems.add(key + ": " + fault.getMessage());
    }
}
