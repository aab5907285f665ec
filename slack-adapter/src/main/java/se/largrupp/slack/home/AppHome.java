package se.largrupp.slack.home;

import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.Message;
import se.largrupp.slack.blocks.BlockKit;
import se.largrupp.slack.web.SlackApis;

/**
 * The App Home tab, put together from the core's own answers so no domain rule is repeated here: {@code status}
 * (my group, its members, the next meeting with my RSVP, who opens next), {@code rules} (the ground rules), and for
 * admins {@code stats} (pool size, groups at risk) with the regroup button.
 */
public final class AppHome {
    private static final Logger log = LoggerFactory.getLogger(AppHome.class);
    private static final int MAX_BLOCKS = 100;
    private final CommandService commands;
    private final Predicate<LeaderId> isAdmin;
    private final Predicate<LeaderId> isSponsor;
    private final Texts texts;
    private final SlackApis apis;

    public AppHome(CommandService commands, Predicate<LeaderId> isAdmin, Texts texts, SlackApis apis) {
        this(commands, isAdmin, who -> false, texts, apis);
    }

    /** @param isSponsor sponsors see the programme's figures too (with their bars), without the admins' buttons */
    public AppHome(CommandService commands, Predicate<LeaderId> isAdmin, Predicate<LeaderId> isSponsor, Texts texts, SlackApis apis) {
        this.commands = commands;
        this.isAdmin = isAdmin;
        this.isSponsor = isSponsor;
        this.texts = texts;
        this.apis = apis;
    }

    public View view(Invocation asked) {
        // Read-only questions: they must not use up the delivery id of the event or press that led here.
        Invocation who = new Invocation(asked.actor(), asked.actorName(), asked.platformLanguage(), asked.conversation(), Optional.empty());
        List<LayoutBlock> blocks = new ArrayList<>(render(commands.execute(who, new Command.Status())));
        blocks.add(DividerBlock.builder().build());
        blocks.addAll(render(commands.execute(who, new Command.Rules())));
        boolean admin = isAdmin.test(who.actor());
        if (admin || isSponsor.test(who.actor())) {
            Language lang = who.platformLanguage().orElse(Language.SV);
            blocks.add(DividerBlock.builder().build());
            blocks.add(HeaderBlock.builder().text(BlockKit.plain(texts.get(lang, admin ? "slack.home.admin" : "slack.home.sponsor"))).build());
            blocks.addAll(render(commands.execute(who, new Command.Stats())));
        }
        if (admin) {
            Language lang = who.platformLanguage().orElse(Language.SV);
            // The programme's settings, which admins change with the settings command.
            blocks.add(DividerBlock.builder().build());
            blocks.addAll(render(commands.execute(who, Command.Settings.show())));
            blocks.addAll(BlockKit.render(Message.of(new Message.Block.Actions(List.of(new Message.Button(
                    se.largrupp.slack.settings.SettingsModal.OPEN, texts.get(lang, "settings.modal.open"),
                    Command.Settings.show().canonical(), Message.Style.DEFAULT))))));
            blocks.addAll(BlockKit.render(Message.of(new Message.Block.Actions(List.of(new Message.Button(
                    "home_regroup", texts.get(lang, "slack.home.regroup"), new Command.Regroup(Command.Regroup.Phase.PREVIEW).canonical(),
                    Message.Style.PRIMARY))))));
        }
        if (blocks.size() > MAX_BLOCKS) blocks = blocks.subList(0, MAX_BLOCKS);
        return View.builder().type("home").blocks(blocks).build();
    }

    public void publish(Invocation who) {
        View view = view(who);
        String user = who.actor().user();
        var r = apis.forTeam(who.actor().workspace().id()).call("views.publish", Optional.empty(), Duration.ofSeconds(5), c -> c.viewsPublish(q -> q.userId(user).view(view)));
        if (r.ok().isEmpty()) log.warn("views.publish failed: {}", r.describe());
    }

    private static List<LayoutBlock> render(Reply reply) {
        if (reply instanceof Reply.Show show) return BlockKit.render(show.message());
        return List.of();
    }

}
