package se.largrupp.core.settings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.largrupp.core.continuity.PlacementMode;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.meetings.NudgeTimes;

/**
 * The programme's settings an admin may change in chat, each with the words that name it in both languages and how
 * its value is written: what the admin types is read into the stored form, or refused.
 */
public enum Setting {
    /** The join form's choices: {@code Sälj, Ekonomi, HR}; {@code -} for free text. */
    DEPARTMENTS("departments", "avdelningar"),
    /** Hours before a meeting for the day-before nudge, minutes before for the short one: {@code 24 15}. */
    NUDGES("nudges", "påminnelser", "paminnelser"),
    /** Regroup every N weeks from a date, admins reminded a week before: {@code 2027-03-01 12}; {@code off}. */
    REGROUP("regroup", "omgruppering"),
    /** Managers kept out of a leader's group: 1, 2, …; 0 the whole chain. */
    DEPTH("depth", "chefsnivåer", "chefsnivaer"),
    /** Newcomers between regroupings: auto, approve, off. */
    PLACEMENT("placement", "placering"),
    /** Archive the previous groups' channels when a regrouping is applied: on, off. */
    ARCHIVE("archive", "arkivera"),
    /** The language of leaders who chose none and whose platform says none. */
    LANGUAGE("language", "språk", "sprak");

    private static final Pattern NUDGE = Pattern.compile("(\\d{1,3})\\s*(?:h|t|tim)?\\s+(\\d{1,3})\\s*(?:m|min)?");
    private static final Pattern CYCLE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{1,2})\\s*(?:w|v|veckor|weeks)?");
    private final List<String> words;

    Setting(String... words) {
        this.words = List.of(words);
    }

    /** The stored and canonical name. */
    public String key() {
        return words.get(0);
    }

    /** The setting a word names, in Swedish or English. */
    public static Optional<Setting> named(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.words.contains(w)).findFirst();
    }

    /** What the admin typed, in the stored form; empty when it is not a value of this setting. */
    public Optional<String> read(String typed) {
        String v = typed.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        return switch (this) {
            case DEPARTMENTS -> {
                if (v.equals("-")) yield Optional.of("");
                List<String> list = Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
                yield list.isEmpty() || list.size() > 100 || list.stream().anyMatch(d -> d.length() > 75)
                        ? Optional.empty() : Optional.of(String.join(",", list));
            }
            case NUDGES -> {
                Matcher m = NUDGE.matcher(lower);
                if (!m.matches()) yield Optional.empty();
                try {
                    NudgeTimes t = new NudgeTimes(java.time.Duration.ofHours(Integer.parseInt(m.group(1))),
                            java.time.Duration.ofMinutes(Integer.parseInt(m.group(2))));
                    yield Optional.of(t.dayBefore().toHours() + " " + t.shortly().toMinutes());
                } catch (IllegalArgumentException e) {
                    yield Optional.empty();
                }
            }
            case REGROUP -> {
                if (List.of("off", "av", "-").contains(lower)) yield Optional.of("");
                Matcher m = CYCLE.matcher(lower);
                if (!m.matches() || Integer.parseInt(m.group(2)) < 1) yield Optional.empty();
                try {
                    LocalDate.parse(m.group(1));
                } catch (DateTimeParseException e) {
                    yield Optional.empty();
                }
                yield Optional.of(m.group(1) + " " + Integer.parseInt(m.group(2)));
            }
            case DEPTH -> v.matches("\\d{1,2}") && Integer.parseInt(v) <= 10 ? Optional.of(String.valueOf(Integer.parseInt(v))) : Optional.empty();
            case PLACEMENT -> switch (lower) {
                case "auto" -> Optional.of("auto");
                case "approve", "godkänn", "godkann" -> Optional.of("approve");
                case "off", "av" -> Optional.of("off");
                default -> Optional.empty();
            };
            case ARCHIVE -> switch (lower) {
                case "on", "yes", "true", "på", "pa", "ja" -> Optional.of("true");
                case "off", "no", "false", "av", "nej" -> Optional.of("false");
                default -> Optional.empty();
            };
            case LANGUAGE -> switch (lower) {
                case "sv", "svenska", "swedish" -> Optional.of(Language.SV.code());
                case "en", "engelska", "english" -> Optional.of(Language.EN.code());
                default -> Optional.empty();
            };
        };
    }

    /** For a {@link PlacementMode} value as stored. */
    static PlacementMode placement(String stored) {
        return PlacementMode.parse(stored).orElse(PlacementMode.AUTO);
    }
}
