package se.largrupp.deploy.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads settings: a properties file (same keys as the environment variables) if given, then the environment on top,
 * so a deployment can keep defaults in a file and override single values per instance.
 */
public final class SettingsLoader {
    private SettingsLoader() {}

    public static Settings load(Optional<Path> file, Map<String, String> environment) throws IOException {
        Map<String, String> values = new HashMap<>();
        if (file.isPresent()) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            for (Settings.Key k : Settings.Key.values()) {
                String v = p.getProperty(k.name());
                if (v != null) values.put(k.name(), v);
            }
        }
        for (Settings.Key k : Settings.Key.values()) {
            String v = environment.get(k.name());
            if (v != null && !v.isBlank()) values.put(k.name(), v);
        }
        return Settings.of(values);
    }
}
