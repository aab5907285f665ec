package se.largrupp.core.rounds.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;

class MeetingTemplatesTest {
    private final Texts texts = new Texts();
    private final MeetingTemplates templates = MeetingTemplates.load(texts);

    @Test
    void the_built_in_templates_load_with_the_default_first() {
        assertThat(templates.all()).extracting(MeetingTemplate::key).containsExactly("largrupp", "troika", "reflecting");
        assertThat(templates.byDefault().key()).isEqualTo("largrupp");
        assertThat(templates.byDefault().phases()).extracting(TemplatePhase::key)
                .containsExactly("situation", "questions", "reflections", "takeaway");
        assertThat(templates.byDefault().phases()).extracting(p -> p.share().getAsInt()).containsExactly(20, 40, 30, 10);
        MeetingTemplate troika = templates.find("troika").orElseThrow();
        assertThat(troika.minPeople()).isEqualTo(3);
        assertThat(troika.maxPeople()).isEqualTo(3);
        assertThat(troika.minMinutes()).isEqualTo(10);
        assertThat(troika.maxMinutes()).isEqualTo(15);
        assertThat(templates.find("reflecting").orElseThrow().phases()).hasSize(5);
    }

    @Test
    void every_template_has_its_texts_in_both_languages_and_its_shares_add_up_to_a_hundred() {
        for (MeetingTemplate t : templates.all()) {
            assertThat(MeetingTemplates.missingTexts(t, texts)).as(t.key()).isEmpty();
            assertThat(t.phases().stream().mapToInt(p -> p.share().orElse(0)).sum()).as(t.key()).isEqualTo(100);
        }
        assertThat(texts.get(Language.SV, "template-largrupp.phase.questions.rule")).isEqualTo("Bara öppna, utforskande frågor – inga råd än.");
    }

    @Test
    void a_template_is_found_by_its_key_or_its_name_in_either_language() {
        assertThat(templates.find("Troika")).map(MeetingTemplate::key).contains("troika");
        assertThat(templates.find("reflekterande team")).map(MeetingTemplate::key).contains("reflecting");
        assertThat(templates.find("Reflekterande")).map(MeetingTemplate::key).contains("reflecting");
        assertThat(templates.find("reflecting team")).map(MeetingTemplate::key).contains("reflecting");
        assertThat(templates.find("lärgrupp")).map(MeetingTemplate::key).contains("largrupp");
        assertThat(templates.find("largrupp")).map(MeetingTemplate::key).contains("largrupp");
        assertThat(templates.find("fishbowl")).isEmpty();
        assertThat(templates.find(" ")).isEmpty();
    }

    @Test
    void every_file_in_the_templates_folder_is_in_the_index_and_every_indexed_one_has_its_text_files() throws Exception {
        Path folder = folder("/largrupp/templates/index.txt");
        List<String> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties")).map(n -> n.replace(".properties", "")).sorted().toList();
        }
        assertThat(MeetingTemplates.index()).containsExactlyInAnyOrderElementsOf(files);
        Path i18n = folder("/largrupp/i18n/commands_sv.properties");
        for (String key : files)
            for (Language l : Language.values()) assertThat(i18n.resolve("template-" + key + "_" + l.code() + ".properties")).exists();
    }

    @Test
    void a_broken_template_file_is_reported_whole() {
        Properties p = new Properties();
        p.setProperty("people", "5-2");
        p.setProperty("phases", "a,b,c");
        p.setProperty("phase.a.share", "50");
        p.setProperty("phase.a.speaker", "case-giver");
        p.setProperty("phase.b.share", "30");
        p.setProperty("phase.b.minutes", "3");
        p.setProperty("phase.b.speaker", "everybody");
        p.setProperty("phase.c.minutes", "x");
        p.setProperty("phase.c.speaker", "all");
        p.setProperty("phase.c.buttons", "next,dance");

        TemplateFile.Result r = TemplateFile.read("broken", p);

        assertThat(r.template()).isEmpty();
        assertThat(r.problems()).anyMatch(s -> s.contains("people must be a range"))
                .anyMatch(s -> s.contains("b: give either a share or minutes"))
                .anyMatch(s -> s.contains("b: speaker must be"))
                .anyMatch(s -> s.contains("c: unknown button dance"))
                .anyMatch(s -> s.contains("phase.c.minutes is not a number"))
                .anyMatch(s -> s.contains("the shares add up to 80 %, not 100 %"));
    }

    @Test
    void a_template_whose_texts_are_missing_is_reported() {
        Properties p = new Properties();
        p.setProperty("phases", "only");
        p.setProperty("phase.only.share", "100");
        p.setProperty("phase.only.speaker", "all");
        MeetingTemplate t = TemplateFile.read("nameless", p).template().orElseThrow();

        assertThat(MeetingTemplates.missingTexts(t, texts)).contains("nameless: no sv text template-nameless.name",
                "nameless: no en text template-nameless.phase.only.rule");
    }

    @Test
    void phase_lengths_add_up_to_the_turn_exactly() {
        MeetingTemplate lg = templates.byDefault();
        assertThat(lg.phaseLengths(Duration.ofMinutes(15))).containsExactly(Duration.ofMinutes(3), Duration.ofMinutes(6),
                Duration.ofSeconds(270), Duration.ofSeconds(90));
        assertThat(lg.phaseLengths(Duration.ofSeconds(61)).stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofSeconds(61));
        Properties p = new Properties();
        p.setProperty("phases", "intro,talk");
        p.setProperty("phase.intro.minutes", "2");
        p.setProperty("phase.intro.speaker", "all");
        p.setProperty("phase.talk.share", "100");
        p.setProperty("phase.talk.speaker", "all");
        MeetingTemplate fixed = TemplateFile.read("fixed", p).template().orElseThrow();
        assertThat(fixed.phaseLengths(Duration.ofMinutes(10))).containsExactly(Duration.ofMinutes(2), Duration.ofMinutes(8));
    }

    @Test
    void a_template_fits_itself_to_the_slot_and_the_people_present() {
        MeetingTemplate lg = templates.byDefault(), troika = templates.find("troika").orElseThrow();
        assertThat(TemplateFit.of(lg, Duration.ofMinutes(60), 4, Optional.empty())).isEqualTo(new TemplateFit.Fitted(lg, Duration.ofMinutes(15)));
        assertThat(TemplateFit.of(lg, Duration.ofMinutes(45), 3, Optional.empty())).isEqualTo(new TemplateFit.Fitted(lg, Duration.ofMinutes(15)));
        assertThat(TemplateFit.of(troika, Duration.ofMinutes(45), 3, Optional.empty())).isEqualTo(new TemplateFit.Fitted(troika, Duration.ofMinutes(15)));
        // a longer slot ends early rather than stretching a Troika turn beyond 15 minutes
        assertThat(TemplateFit.of(troika, Duration.ofMinutes(60), 3, Optional.empty())).isEqualTo(new TemplateFit.Fitted(troika, Duration.ofMinutes(15)));
        assertThat(TemplateFit.of(troika, Duration.ofMinutes(60), 4, Optional.empty())).isEqualTo(new TemplateFit.WrongSize(troika, 4));
        assertThat(TemplateFit.of(troika, Duration.ofMinutes(45), 2, Optional.empty())).isEqualTo(new TemplateFit.WrongSize(troika, 2));
        assertThat(TemplateFit.of(lg, Duration.ofMinutes(45), 3, Optional.of(5))).isEqualTo(new TemplateFit.Fitted(lg, Duration.ofMinutes(5)));
    }

    private static Path folder(String resource) throws URISyntaxException {
        return Path.of(MeetingTemplatesTest.class.getResource(resource).toURI()).getParent();
    }
}
