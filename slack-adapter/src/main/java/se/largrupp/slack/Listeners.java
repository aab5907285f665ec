package se.largrupp.slack;

import java.util.concurrent.ExecutorService;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.i18n.Texts;
import se.largrupp.slack.home.AppHome;
import se.largrupp.slack.join.JoinForm;
import se.largrupp.slack.join.JoinModal;
import se.largrupp.slack.web.SlackWebApi;

/**
 * What the listeners share: the core, the Web API, and the worker pool that does everything that must not hold up
 * Slack's 3-second ack.
 */
public record Listeners(
        SlackSettings settings,
        CommandService commands,
        Invocations invocations,
        SlackWebApi api,
        SlackReplies replies,
        AppHome home,
        JoinModal joinModal,
        JoinForm joinForm,
        RecentDeliveries recent,
        Texts texts,
        ExecutorService work) {
}
