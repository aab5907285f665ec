package se.largrupp.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.Language;

/**
 * Every text rendered the way it will be: with 0, 1 and 2 in every placeholder, and with names that end in s, x and z
 * in every placeholder that is not a number. A count needs a choice ({@code {0,choice,0#…|1#1 minut|1<{0} minuter}});
 * a genitive built as {@code {0}s} would give "Larss" (Swedish names ending in s, x or z take no extra s), so texts say
 * "medan Lars hade ordet" instead.
 */
class GrammarTest {
    private static final List<String> NAMES = List.of("Lars", "Max", "Inez", "Agnes");
    /** Nouns and adjectives whose singular and plural differ: a 1 before the plural, or a 0 or 2 before the singular, is wrong. */
    private static final Map<Language, List<String[]>> COUNTED = Map.of(
            Language.SV, List.of(new String[] {"minut", "minuter"}, new String[] {"grupp", "grupper"}, new String[] {"ny", "nya"},
                    new String[] {"ny grupp", "nya grupper"}, new String[] {"träff", "träffar"}, new String[] {"möte", "möten"},
                    new String[] {"sekund", "sekunder"}, new String[] {"person", "personer"}, new String[] {"medlem", "medlemmar"},
                    new String[] {"gång", "gånger"}, new String[] {"vecka", "veckor"}, new String[] {"timme", "timmar"},
                    new String[] {"aktiv", "aktiva"}, new String[] {"hållet", "hållna"}, new String[] {"överhoppat", "överhoppade"},
                    new String[] {"grupp till", "grupper till"}, new String[] {"tidigare grupp", "tidigare grupperna"}),
            Language.EN, List.of(new String[] {"minute", "minutes"}, new String[] {"group", "groups"}, new String[] {"leader", "leaders"},
                    new String[] {"meeting", "meetings"}, new String[] {"second", "seconds"}, new String[] {"person", "people"},
                    new String[] {"member", "members"}, new String[] {"character", "characters"}, new String[] {"pair", "pairs"},
                    new String[] {"week", "weeks"}, new String[] {"hour", "hours"}, new String[] {"new group", "new groups"},
                    new String[] {"more group", "more groups"}, new String[] {"earlier group", "earlier groups"},
                    new String[] {"current group", "current groups"}));
    /** Phrasings that read as translated whatever the number: "De 0 tidigare", "med er 3", "Bara 0 av er". */
    private static final Map<Language, List<Pattern>> AWKWARD = Map.of(
            Language.SV, List.of(Pattern.compile("\\b[Dd]e [01] "), Pattern.compile("\\bmed er \\d"), Pattern.compile("\\b[Bb]ara [01] ")),
            Language.EN, List.of(Pattern.compile("\\b[Tt]he [01] "), Pattern.compile("\\b[Oo]nly [01] ")));

    @Test
    void every_text_counts_zero_one_and_two_correctly() {
        List<String> wrong = new ArrayList<>();
        Bundles.texts().forEach(t -> {
            for (int n = 0; n <= 2; n++) {
                String out = render(t, n, null);
                for (String[] forms : COUNTED.get(t.language())) {
                    String bad = n == 1 ? forms[1] : forms[0];
                    if (Pattern.compile("(?<![\\d–-])\\b" + n + " " + Pattern.quote(bad) + "\\b").matcher(out).find())
                        wrong.add(t + " with " + n + ": \"" + out + "\"");
                }
                for (Pattern p : AWKWARD.get(t.language()))
                    if (p.matcher(out).find()) wrong.add(t + " with " + n + ": \"" + out + "\"");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void no_text_adds_a_genitive_s_to_a_name_that_ends_in_s_x_or_z() {
        List<String> wrong = new ArrayList<>();
        Bundles.texts().forEach(t -> {
            for (String name : NAMES) {
                String out = render(t, 2, name);
                if (Pattern.compile("\\b" + name + ":?s\\b").matcher(out).find()) wrong.add(t + " with " + name + ": \"" + out + "\"");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_checks_catch_what_the_issue_found() {
        assertThat(render(new Bundles.Text("x", Language.SV, "x.a", "Lade till {0} minuter."), 1, null)).isEqualTo("Lade till 1 minuter.");
        assertThat(Pattern.compile("(?<![\\d–-])\\b1 minuter\\b").matcher("Lade till 1 minuter.").find()).isTrue();
        assertThat(Pattern.compile("(?<![\\d–-])\\b1 minuter\\b").matcher("Ett möte kan vara 1–1 minuter långt.").find()).isFalse();
        assertThat(render(new Bundles.Text("x", Language.SV, "x.b", "under {0}s tur"), 2, "Lars")).isEqualTo("under Larss tur");
    }

    /** The text with {@code n} for every number placeholder and {@code name} (or {@code n}) for every other one. */
    static String render(Bundles.Text t, int n, String name) {
        MessageFormat format = new MessageFormat(t.pattern(), t.language().locale());
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] args = new Object[formats.length];
        for (int i = 0; i < args.length; i++) {
            boolean numeric = formats[i] instanceof ChoiceFormat || formats[i] instanceof NumberFormat;
            args[i] = numeric || name == null ? (Object) n : name;
        }
        return format.format(args);
    }
}
