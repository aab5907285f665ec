package se.largrupp.core.rounds.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;

/**
 * The meeting templates on the classpath: every key listed in {@code largrupp/templates/index.txt}, each read from its
 * own file and checked (shares add up to 100 %, every text in Swedish and English). Adding a template is adding its
 * file, its two text files and its key to the index; nothing in code.
 */
public final class MeetingTemplates {
    public static final String DEFAULT = "largrupp";
    private static final String ROOT = "largrupp/templates/";

    private final List<MeetingTemplate> all;
    private final Texts texts;

    private MeetingTemplates(List<MeetingTemplate> all, Texts texts) {
        this.all = all.stream().sorted(Comparator.comparingInt(MeetingTemplate::order)).toList();
        this.texts = texts;
    }

    /** Loads and validates every template; a broken one stops the start-up with what is wrong. */
    public static MeetingTemplates load(Texts texts) {
        List<String> problems = new ArrayList<>();
        List<MeetingTemplate> found = new ArrayList<>();
        for (String key : index()) {
            TemplateFile.Result r = TemplateFile.read(key, properties(ROOT + key + ".properties"));
            problems.addAll(r.problems());
            r.template().ifPresent(t -> {
                problems.addAll(missingTexts(t, texts));
                found.add(t);
            });
        }
        if (found.stream().noneMatch(t -> t.key().equals(DEFAULT))) problems.add(new IllegalStateException(DEFAULT + ": missing, and it is the default").getMessage());
        if (!problems.isEmpty()) throw new IllegalStateException("meeting templates: " + String.join("; ", problems));
        return new MeetingTemplates(found, texts);
    }

    /** The texts a template needs, in both languages. */
    static List<String> missingTexts(MeetingTemplate t, Texts texts) {
        List<String> keys = new ArrayList<>(List.of(t.textKey("name"), t.textKey("summary")));
        for (int i = 0; i < t.phases().size(); i++) {
            keys.add(t.phaseTextKey(i, "name"));
            keys.add(t.phaseTextKey(i, "rule"));
        }
        List<String> missing = new ArrayList<>();
        for (Language l : Language.values())
            for (String k : keys) if (!texts.has(l, k)) missing.add(new IllegalStateException(t.key() + ": no " + l.code() + " text " + k).getMessage());
        return missing;
    }

    public List<MeetingTemplate> all() {
        return all;
    }

    public MeetingTemplate byDefault() {
        return find(DEFAULT).orElseThrow();
    }

    /** By key ({@code troika}), by name in either language ({@code Reflekterande team}), or by the name's first word. */
    public Optional<MeetingTemplate> find(String typed) {
        String wanted = fold(typed);
        if (wanted.isEmpty()) return Optional.empty();
        for (MeetingTemplate t : all) {
            if (fold(t.key()).equals(wanted)) return Optional.of(t);
            for (Language l : Language.values()) {
                String name = fold(texts.get(l, t.textKey("name")));
                if (name.equals(wanted) || name.split(" ")[0].equals(wanted)) return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public String name(Language language, MeetingTemplate t) {
        return texts.get(language, t.textKey("name"));
    }

    public String text(Language language, String key, Object... args) {
        return texts.get(language, key, args);
    }

    /** "*Troika*: exactly three … (for 3 people)": its name, summary and the people it is for. */
    public String describe(Language language, MeetingTemplate t) {
        String size = t.minPeople() == t.maxPeople() ? texts.get(language, "method.template.forSize", t.minPeople())
                : texts.get(language, "method.template.forRange", t.minPeople(), t.maxPeople());
        return texts.get(language, "method.template.item", name(language, t), texts.get(language, t.textKey("summary")), size);
    }

    private static String fold(String s) {
        String n = Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.replaceAll("[\\s_-]+", " ");
    }

    static List<String> index() {
        List<String> keys = new ArrayList<>();
        for (String line : read(ROOT + "index.txt").split("\n")) {
            String k = line.strip();
            if (!k.isEmpty() && !k.startsWith("#")) keys.add(k);
        }
        return keys;
    }

    private static Properties properties(String resource) {
        Properties p = new Properties();
        try (InputStream in = stream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String read(String resource) {
        try (InputStream in = stream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String resource) {
        InputStream in = MeetingTemplates.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        return in;
    }
}
