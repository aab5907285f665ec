package se.largrupp.core.i18n;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.largrupp.core.leaders.Language;

/**
 * Every message bundle on the classpath ({@code largrupp/i18n/<name>_<language>.properties}), found by listing the
 * folder rather than by a list of names, so a bundle or key another feature adds is held to the same rules at once.
 */
final class Bundles {
    private static final Pattern FILE = Pattern.compile("(.+)_([a-z]{2})\\.properties");

    private Bundles() {}

    /** One text of one bundle in one language. */
    record Text(String bundle, Language language, String key, String pattern) {
        @Override
        public String toString() {
            return bundle + "_" + language.code() + " " + key;
        }
    }

    static Path folder() {
        try {
            return Path.of(Bundles.class.getResource("/largrupp/i18n/commands_sv.properties").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bundle name → language code → its texts, for every file in the folder (also languages Lärgrupp does not speak). */
    static Map<String, Map<String, Properties>> all() {
        Map<String, Map<String, Properties>> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path f : files.sorted().toList()) {
                Matcher m = FILE.matcher(f.getFileName().toString());
                if (!m.matches()) continue;
                out.computeIfAbsent(m.group(1), b -> new TreeMap<>()).put(m.group(2), load(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Stream<Text> texts() {
        Stream.Builder<Text> out = Stream.builder();
        all().forEach((bundle, byLanguage) -> {
            for (Language lang : Language.values()) {
                Properties p = byLanguage.get(lang.code());
                if (p == null) continue;
                new TreeSet<>(p.stringPropertyNames()).forEach(k -> out.add(new Text(bundle, lang, k, p.getProperty(k))));
            }
        });
        return out.build();
    }

    static Stream<Text> texts(Language language) {
        return texts().filter(t -> t.language() == language);
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
