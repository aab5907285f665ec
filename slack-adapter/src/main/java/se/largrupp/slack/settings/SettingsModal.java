package se.largrupp.slack.settings;

import static se.largrupp.slack.blocks.BlockKit.plain;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.settings.Setting;
import se.largrupp.slack.blocks.Mrkdwn;

/**
 * An admin's form for the programme's settings, opened from App Home: one optional field per setting, each with how
 * its value is written; a field left empty keeps its setting. What is typed is checked as the command checks it, and
 * a value that does not read is shown next to its field; the rest become {@code settings <name> <value>} commands.
 */
public final class SettingsModal {
    public static final String CALLBACK_ID = "largrupp_settings";
    /** The App Home button's action id (tagged by the renderer). */
    public static final String OPEN = "home_settings";
    static final String VALUE = "value";
    private final Texts texts;

    public SettingsModal(Texts texts) {
        this.texts = texts;
    }

    public sealed interface Result {
        record Valid(List<Command.Settings> changes) implements Result {}

        record Invalid(Map<String, String> errors) implements Result {}
    }

    public View view(Language lang) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(SectionBlock.builder().text(MarkdownTextObject.builder()
                .text(Mrkdwn.escape(texts.get(lang, "settings.modal.intro"))).build()).build());
        for (Setting s : Setting.values()) {
            blocks.add(InputBlock.builder().blockId(s.key()).optional(true)
                    .label(plain(Mrkdwn.cap(texts.get(lang, "settings.name." + s.key()), 2000)))
                    .hint(plain(Mrkdwn.cap(texts.get(lang, "settings.refusal.missing." + s.key()), 2000)))
                    .element(PlainTextInputElement.builder().actionId(VALUE).maxLength(2000).build()).build());
        }
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK_ID)
                .title(ViewTitle.builder().type("plain_text").text(Mrkdwn.cap(texts.get(lang, "settings.modal.title"), 24)).build())
                .submit(ViewSubmit.builder().type("plain_text").text(Mrkdwn.cap(texts.get(lang, "settings.modal.save"), 24)).build())
                .close(ViewClose.builder().type("plain_text").text(Mrkdwn.cap(texts.get(lang, "settings.modal.close"), 24)).build())
                .privateMetadata(lang.code())
                .blocks(blocks)
                .build();
    }

    public Result read(ViewState state, Language lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Command.Settings> changes = new ArrayList<>();
        for (Setting s : Setting.values()) {
            Optional<String> typed = value(state, s.key()).map(String::strip).filter(v -> !v.isEmpty());
            if (typed.isEmpty()) continue;
            if (s.read(typed.get()).isEmpty()) errors.put(s.key(), texts.get(lang, "settings.refusal.bad." + s.key(), typed.get()));
            else changes.add(new Command.Settings(Optional.of(s.key()), typed.get()));
        }
        return errors.isEmpty() ? new Result.Valid(changes) : new Result.Invalid(errors);
    }

    private static Optional<String> value(ViewState state, String blockId) {
        if (state == null || state.getValues() == null || state.getValues().get(blockId) == null) return Optional.empty();
        ViewState.Value v = state.getValues().get(blockId).get(VALUE);
        return v == null ? Optional.empty() : Optional.ofNullable(v.getValue());
    }
}
