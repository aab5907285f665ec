package se.largrupp.slack.join;

import com.slack.api.model.view.ViewState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;

/**
 * Reads a submitted join form back into {@link Command.Join}, or says which fields are wrong (Slack shows each error
 * under its field). Only form-level checks live here; the core decides whether the leader may join.
 */
public final class JoinForm {
    /** Where the form was opened, so its answer can go back there. */
    public record Origin(String channelId, String responseUrl) {
        String encode(Language lang) {
            return lang.code() + "\n" + nz(channelId) + "\n" + nz(responseUrl);
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }

    public record Submitted(Language language, Origin origin) {
        public static Submitted decode(String metadata) {
            String[] parts = (metadata == null ? "" : metadata).split("\n", -1);
            Language lang = Language.fromLocaleTag(parts.length > 0 ? parts[0] : "").orElse(Language.SV);
            String channel = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null;
            String url = parts.length > 2 && !parts[2].isEmpty() ? parts[2] : null;
            return new Submitted(lang, new Origin(channel, url));
        }
    }

    public sealed interface Result {
        record Valid(Command.Join join) implements Result {}

        record Invalid(Map<String, String> errors) implements Result {}
    }

    private final Texts texts;
    private final List<String> departments;

    public JoinForm(Texts texts, List<String> departments) {
        this.texts = texts;
        this.departments = List.copyOf(departments);
    }

    public Result read(ViewState state, String submitterId, Language lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<String> department = value(state, JoinModal.DEPARTMENT).map(String::strip).filter(s -> !s.isEmpty());
        if (department.isEmpty()) {
            errors.put(JoinModal.DEPARTMENT, texts.get(lang, "slack.join.error.department"));
        } else if (department.get().length() > JoinModal.MAX_DEPARTMENT) {
            errors.put(JoinModal.DEPARTMENT, texts.get(lang, "slack.join.error.department.long", JoinModal.MAX_DEPARTMENT));
        } else if (!departments.isEmpty() && !departments.contains(department.get()) && !chosen(state, JoinModal.DEPARTMENT)) {
            // A choice from the list the modal offered (the workspace's own, its admins' setting) is one by construction.
            errors.put(JoinModal.DEPARTMENT, texts.get(lang, "slack.join.error.department.unknown"));
        }
        Optional<String> manager = value(state, JoinModal.MANAGER);
        if (manager.filter(submitterId::equals).isPresent()) {
            errors.put(JoinModal.MANAGER, texts.get(lang, "slack.join.error.manager.self"));
        }
        Optional<Language> language = value(state, JoinModal.LANGUAGE).flatMap(Language::fromLocaleTag);
        if (!errors.isEmpty()) return new Result.Invalid(errors);
        return new Result.Valid(new Command.Join(department, manager.map(m -> "<@" + m + ">"), language));
    }

    private static boolean chosen(ViewState state, String blockId) {
        if (state == null || state.getValues() == null || state.getValues().get(blockId) == null) return false;
        ViewState.Value v = state.getValues().get(blockId).get(JoinModal.VALUE);
        return v != null && v.getSelectedOption() != null;
    }

    private static Optional<String> value(ViewState state, String blockId) {
        if (state == null || state.getValues() == null) return Optional.empty();
        Map<String, ViewState.Value> block = state.getValues().get(blockId);
        if (block == null) return Optional.empty();
        ViewState.Value v = block.get(JoinModal.VALUE);
        if (v == null) return Optional.empty();
        if (v.getSelectedUser() != null) return Optional.of(v.getSelectedUser());
        if (v.getSelectedOption() != null) return Optional.ofNullable(v.getSelectedOption().getValue());
        return Optional.ofNullable(v.getValue());
    }
}
