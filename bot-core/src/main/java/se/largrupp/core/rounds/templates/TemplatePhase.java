package se.largrupp.core.rounds.templates;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One phase of a person's turn, as a template file describes it. Its name and rule are texts of the template's bundle
 * ({@code template-<key>.phase.<phase>.name} / {@code .rule}).
 *
 * @param share   percent of the turn, when the phase takes a share
 * @param minutes fixed minutes, when it does not
 * @param prompt  whether the card shows a question from the question bank in this phase
 */
public record TemplatePhase(String key, OptionalInt share, OptionalInt minutes, Speaker speaker, boolean prompt,
                            Set<PhaseButton> buttons) {
    public TemplatePhase {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(minutes, "minutes");
        Objects.requireNonNull(speaker, "speaker");
        buttons = Set.copyOf(buttons);
    }
}
