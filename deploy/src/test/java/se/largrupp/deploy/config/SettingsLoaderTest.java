package se.largrupp.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
    @Test
    void the_environment_overrides_the_properties_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("largrupp.properties");
        Files.writeString(file, "PORT=4000\nLARGRUPP_ADMINS=sandbox:demo:åsa, slack:T1:U2\nUNRELATED=x\n", StandardCharsets.UTF_8);

        Settings s = SettingsLoader.load(Optional.of(file), Map.of("PORT", "5000", "PATH", "/bin"));

        assertThat(s.port()).isEqualTo(5000);
        assertThat(s.admins()).containsExactly("sandbox:demo:åsa", "slack:T1:U2");
        assertThat(s.describe()).noneMatch(l -> l.startsWith("UNRELATED") || l.startsWith("PATH"));
    }

    @Test
    void a_blank_environment_value_counts_as_unset() throws Exception {
        Settings s = SettingsLoader.load(Optional.empty(), Map.of("SLACK_BOT_TOKEN", " "));
        assertThat(s.slackConfigured()).isFalse();
    }
}
