package se.largrupp.slack;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.i18n.Texts;
import se.largrupp.slack.home.AppHome;
import se.largrupp.slack.installation.Lifecycle;
import se.largrupp.slack.join.JoinForm;
import se.largrupp.slack.join.JoinModal;
import se.largrupp.slack.web.SlackApis;

/**
 * What the listeners share: the core, each workspace's Web API, the worker pool that does everything that must not
 * hold up Slack's 3-second ack, and in the OAuth mode what installs and uninstalls do.
 */
public record Listeners(
        SlackSettings settings,
        CommandService commands,
        Invocations invocations,
        SlackApis apis,
        SlackReplies replies,
        AppHome home,
        JoinModal joinModal,
        JoinForm joinForm,
        se.largrupp.slack.settings.SettingsModal settingsModal,
        RecentDeliveries recent,
        Texts texts,
        ExecutorService work,
        Optional<Lifecycle> lifecycle) {
}
