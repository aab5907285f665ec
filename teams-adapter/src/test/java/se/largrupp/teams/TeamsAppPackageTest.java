package se.largrupp.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.CommandParser;
import se.largrupp.core.commands.ParseResult;
import se.largrupp.core.commands.Vocabulary;
import se.largrupp.core.leaders.Language;

/** The Teams app package in deploy/teams: what Teams' validator checks first, and that every listed command parses. */
class TeamsAppPackageTest {
    static final Path DIR = Path.of("..", "deploy", "teams");
    final ObjectMapper json = new ObjectMapper();

    JsonNode manifest() throws Exception {
        return json.readTree(Files.readString(DIR.resolve("manifest.json")));
    }

    @Test
    void the_manifest_is_schema_1_16_with_the_bot_id_placeholder_and_all_three_scopes() throws Exception {
        JsonNode m = manifest();

        assertThat(m.path("$schema").asText()).contains("/v1.16/MicrosoftTeams.schema.json");
        assertThat(m.path("manifestVersion").asText()).isEqualTo("1.16");
        assertThat(m.path("version").asText()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(m.path("id").asText()).isEqualTo("${MICROSOFT_APP_ID}");
        JsonNode bot = m.path("bots").get(0);
        assertThat(bot.path("botId").asText()).isEqualTo("${MICROSOFT_APP_ID}");
        assertThat(json.convertValue(bot.path("scopes"), String[].class)).contains("personal", "team", "groupChat");
        assertThat(m.path("name").path("short").asText()).hasSizeLessThanOrEqualTo(30);
        assertThat(m.path("description").path("short").asText()).hasSizeLessThanOrEqualTo(80);
        assertThat(m.path("description").path("full").asText()).hasSizeLessThanOrEqualTo(4000);
        assertThat(m.path("accentColor").asText()).matches("#[0-9A-Fa-f]{6}");
        for (String url : new String[] {"websiteUrl", "privacyUrl", "termsOfUseUrl"}) {
            assertThat(m.path("developer").path(url).asText()).startsWith("https://");
        }
    }

    @Test
    void every_command_in_english_and_swedish_is_one_the_bot_understands_and_fits_teams_limits() throws Exception {
        JsonNode lists = manifest().path("bots").get(0).path("commandLists");
        JsonNode sv = json.readTree(Files.readString(DIR.resolve("sv.json")));
        CommandParser parser = new CommandParser();
        int checked = 0;
        for (int l = 0; l < lists.size(); l++) {
            JsonNode commands = lists.get(l).path("commands");
            assertThat(commands.size()).isBetween(1, 10);
            for (int c = 0; c < commands.size(); c++) {
                String key = "bots[0].commandLists[" + l + "].commands[" + c + "].";
                String en = commands.get(c).path("title").asText();
                String svTitle = sv.path(key + "title").asText();
                assertThat(svTitle).as("Swedish title of %s", en).isNotBlank();
                assertThat(sv.path(key + "description").asText()).hasSizeBetween(1, 128);
                assertThat(commands.get(c).path("description").asText()).hasSizeBetween(1, 128);
                assertThat(foreignCommands(commands.get(c).path("description").asText(), Language.EN)).as(key).isEmpty();
                assertThat(foreignCommands(sv.path(key + "description").asText() + " " + svTitle, Language.SV)).as(key).isEmpty();
                for (String title : new String[] {en, svTitle}) {
                    assertThat(title).hasSizeLessThanOrEqualTo(32);
                    ParseResult parsed = parser.parse(title, LocalDate.of(2027, 1, 1));
                    assertThat(parsed instanceof ParseResult.Refused r && r.refusal().key().equals("commands.refusal.unknown"))
                            .as("'%s' is a command the bot knows", title).isFalse();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(manifest().path("localizationInfo").path("additionalLanguages").get(0).path("file").asText()).isEqualTo("sv.json");
    }

    /** Command words only the other language has, as whole words (the Teams menu shows each language its own). */
    static java.util.List<String> foreignCommands(String text, Language language) {
        String words = " " + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}:-]+", " ") + " ";
        return Vocabulary.commandPhrases().entrySet().stream()
                .filter(e -> !e.getValue().contains(language) && words.contains(" " + e.getKey() + " "))
                .map(java.util.Map.Entry::getKey).toList();
    }

    @Test
    void the_icons_are_a_192_pixel_color_icon_and_a_32_pixel_white_outline_on_transparency() throws Exception {
        BufferedImage color = ImageIO.read(DIR.resolve("color.png").toFile());
        BufferedImage outline = ImageIO.read(DIR.resolve("outline.png").toFile());

        assertThat(color.getWidth()).isEqualTo(192);
        assertThat(color.getHeight()).isEqualTo(192);
        assertThat(outline.getWidth()).isEqualTo(32);
        assertThat(outline.getHeight()).isEqualTo(32);
        boolean sawWhite = false;
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 32; y++) {
                int argb = outline.getRGB(x, y);
                int alpha = argb >>> 24;
                if (alpha != 0) {
                    assertThat(argb & 0xffffff).as("outline pixel %d,%d", x, y).isEqualTo(0xffffff);
                    sawWhite = true;
                }
            }
        }
        assertThat(sawWhite).isTrue();
    }
}
