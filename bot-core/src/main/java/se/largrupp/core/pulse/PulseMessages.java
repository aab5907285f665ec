package se.largrupp.core.pulse;

import java.util.ArrayList;
import java.util.List;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;
import se.largrupp.core.port.Message.Button;

/** The pulse's words: the private card with one-tap answers 1–5, and the figures for {@code stats}. */
final class PulseMessages {
    private final Texts texts;

    PulseMessages(Texts texts) {
        this.texts = texts;
    }

    String text(Language lang, String key, Object... args) {
        return texts.get(lang, key, args);
    }

    Message card(Language lang, String pulse, List<Integer> answered) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(texts.get(lang, "pulse.heading")));
        if (answered.size() >= PulseFeature.QUESTIONS) {
            blocks.add(new Block.Text(texts.get(lang, "pulse.done")));
            return new Message(blocks);
        }
        blocks.add(new Block.Context(texts.get(lang, "pulse.intro")));
        for (int q = 1; q <= PulseFeature.QUESTIONS; q++) {
            if (answered.contains(q)) continue;
            blocks.add(new Block.Text(texts.get(lang, "pulse.question." + q)));
            List<Button> buttons = new ArrayList<>();
            for (int v = 1; v <= 5; v++)
                buttons.add(Button.of("pulse-" + q + "-" + v, texts.get(lang, "pulse.answer." + v), "pulse " + pulse + " " + q + " " + v));
            blocks.add(new Block.Actions(buttons));
        }
        blocks.add(new Block.Context(texts.get(lang, "pulse.scale")));
        return new Message(blocks);
    }
}
