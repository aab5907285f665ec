package se.largrupp.slack.listeners.unused;

import com.slack.api.bolt.App;
import java.util.List;
import java.util.regex.Pattern;
import se.largrupp.slack.Listeners;
import se.largrupp.slack.join.JoinModal;

/**
 * Catch-alls for every interactive surface the app does not use, so each gets 200 and nothing else: other slash
 * commands, shortcuts, views with other callback ids, options requests, attachment actions, dialogs and workflow
 * steps. Events need none: {@code AppConfig} acknowledges every event without a listener (see {@code SlackAdapter}).
 * Each pattern leaves out the ids the real listeners take, so those always win.
 */
public final class UnusedProvider {
    private UnusedProvider() {}

    @SuppressWarnings("deprecation") // workflow steps from apps are retired by Slack, yet their payloads may still come
    public static void register(App app, Listeners listeners) {
        Pattern any = CatchAll.any();
        Pattern notJoin = CatchAll.except(List.of(JoinModal.CALLBACK_ID, se.largrupp.slack.settings.SettingsModal.CALLBACK_ID));
        app.command(CatchAll.except(listeners.settings().commandNames()), (req, ctx) -> Ignored.answer(req));
        app.globalShortcut(any, (req, ctx) -> Ignored.answer(req));
        app.messageShortcut(any, (req, ctx) -> Ignored.answer(req));
        app.viewSubmission(notJoin, (req, ctx) -> Ignored.answer(req));
        app.viewClosed(notJoin, (req, ctx) -> Ignored.answer(req));
        app.blockSuggestion(any, (req, ctx) -> Ignored.answer(req));
        app.attachmentAction(any, (req, ctx) -> Ignored.answer(req));
        app.dialogSubmission(any, (req, ctx) -> Ignored.answer(req));
        app.dialogSuggestion(any, (req, ctx) -> Ignored.answer(req));
        app.dialogCancellation(any, (req, ctx) -> Ignored.answer(req));
        app.workflowStepEdit(any, (req, ctx) -> Ignored.answer(req));
        app.workflowStepSave(any, (req, ctx) -> Ignored.answer(req));
        app.workflowStepExecute(any, (req, ctx) -> Ignored.answer(req));
    }
}
