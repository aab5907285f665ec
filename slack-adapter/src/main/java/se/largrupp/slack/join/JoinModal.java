package se.largrupp.slack.join;

import static se.largrupp.slack.blocks.BlockKit.plain;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.block.element.UsersSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.ArrayList;
import java.util.List;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.slack.blocks.Mrkdwn;

/**
 * The join form: department (a configured list, or free text), manager (a user picker), language. Its block ids are
 * what {@link JoinForm} reads back and where validation errors are shown.
 */
public final class JoinModal {
    public static final String CALLBACK_ID = "largrupp_join";
    static final String DEPARTMENT = "department";
    static final String MANAGER = "manager";
    static final String LANGUAGE = "language";
    static final String VALUE = "value";
    static final int MAX_DEPARTMENT = 100;

    private final Texts texts;
    private final List<String> departments;

    public JoinModal(Texts texts, List<String> departments) {
        this.texts = texts;
        this.departments = List.copyOf(departments);
    }

    public View view(Language lang, JoinForm.Origin origin) {
        return view(lang, origin, List.of());
    }

    /** @param offered the workspace's own departments (its admins' setting); empty: the configured ones */
    public View view(Language lang, JoinForm.Origin origin, List<String> offered) {
        return view(lang, origin, offered, java.util.Optional.empty(), java.util.Optional.empty());
    }

    /**
     * @param department  what HR or the directory already says: the field starts with it
     * @param managerUser the Slack user HR or the directory names as the manager: the picker starts with them
     */
    public View view(Language lang, JoinForm.Origin origin, List<String> offered, java.util.Optional<String> department,
                     java.util.Optional<String> managerUser) {
        List<String> departments = offered.isEmpty() ? this.departments : offered;
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(SectionBlock.builder().text(MarkdownTextObject.builder()
                .text(Mrkdwn.escape(texts.get(lang, "slack.join.intro"))).build()).build());
        blocks.add(input(DEPARTMENT, texts.get(lang, "slack.join.department"), departmentElement(lang, departments, department), null));
        blocks.add(input(MANAGER, texts.get(lang, "slack.join.manager"), UsersSelectElement.builder().actionId(VALUE)
                .initialUser(managerUser.orElse(null))
                .placeholder(plain(texts.get(lang, "slack.join.manager.placeholder"))).build(),
                texts.get(lang, "slack.join.manager.hint")));
        OptionObject sv = option(texts.get(lang, "slack.join.language.sv"), "sv");
        OptionObject en = option(texts.get(lang, "slack.join.language.en"), "en");
        blocks.add(input(LANGUAGE, texts.get(lang, "slack.join.language"), StaticSelectElement.builder().actionId(VALUE)
                .options(List.of(sv, en)).initialOption(lang == Language.EN ? en : sv).build(), null));
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK_ID)
                .title(ViewTitle.builder().type("plain_text").text(Mrkdwn.cap(texts.get(lang, "slack.join.title"), 24)).build())
                .submit(ViewSubmit.builder().type("plain_text").text(texts.get(lang, "slack.join.submit")).build())
                .close(ViewClose.builder().type("plain_text").text(texts.get(lang, "slack.join.close")).build())
                .privateMetadata(origin.encode(lang))
                .blocks(blocks)
                .build();
    }

    /** After submitting: the core's answer in place of the form. */
    public View done(Language lang, List<LayoutBlock> reply) {
        return View.builder()
                .type("modal")
                .title(ViewTitle.builder().type("plain_text").text(Mrkdwn.cap(texts.get(lang, "slack.join.done.title"), 24)).build())
                .close(ViewClose.builder().type("plain_text").text(texts.get(lang, "slack.join.done.close")).build())
                .blocks(reply)
                .build();
    }

    public List<String> departments() {
        return departments;
    }

    private BlockElement departmentElement(Language lang, List<String> departments, java.util.Optional<String> known) {
        if (departments.isEmpty()) {
            return PlainTextInputElement.builder().actionId(VALUE).maxLength(MAX_DEPARTMENT)
                    .initialValue(known.filter(d -> d.length() <= MAX_DEPARTMENT).orElse(null))
                    .placeholder(plain(texts.get(lang, "slack.join.department.free"))).build();
        }
        List<OptionObject> options = departments.stream().limit(100).map(d -> option(d, d)).toList();
        return StaticSelectElement.builder().actionId(VALUE).options(options)
                .initialOption(known.flatMap(d -> options.stream().filter(o -> o.getValue().equals(d)).findFirst()).orElse(null))
                .placeholder(plain(texts.get(lang, "slack.join.department.placeholder"))).build();
    }

    private static InputBlock input(String id, String label, BlockElement element, String hint) {
        InputBlock.InputBlockBuilder b = InputBlock.builder().blockId(id).label(plain(label)).element(element);
        if (hint != null) b.hint(plain(hint));
        return b.build();
    }

    private static OptionObject option(String label, String value) {
        return OptionObject.builder().text(plain(Mrkdwn.cap(label, 75))).value(Mrkdwn.cap(value, 150)).build();
    }
}
