package se.largrupp.slack.oauth;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.builtin.oauth.OAuthV2AccessErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.leaders.Language;

/**
 * How each end of Bolt's OAuth callback is answered: a localised page, never Bolt's English default, and a log line
 * that names what happened but never the code, the state or a token.
 */
public final class OAuthOutcomes {
    private static final Logger log = LoggerFactory.getLogger(OAuthOutcomes.class);
    private final InstallPages pages;
    private final String installPath;

    public OAuthOutcomes(InstallPages pages, String installPath) {
        this.pages = pages;
        this.installPath = installPath;
    }

    /** Call after {@code app.service(installationService)}, which replaces the success handler these extend. */
    public void register(App app) {
        app.oauthPersistenceCallback(args -> {
            log.info("Lärgrupp was installed in a Slack {}", args.getInstaller().getIsEnterpriseInstall() != null
                    && args.getInstaller().getIsEnterpriseInstall() ? "organisation" : "workspace");
            html(args.getResponse(), 200, pages.installed(language(args.getRequest())));
        });
        app.oauthPersistenceErrorCallback(args -> {
            log.warn("storing a Slack installation failed: {}", args.getError().getClass().getSimpleName());
            html(args.getResponse(), 503, pages.failed(language(args.getRequest()), InstallPages.Failure.SLACK, installPath));
        });
        app.oauthCallbackStateError((req, resp) -> {
            log.info("refused a Slack OAuth callback: its state is unknown, expired, used or not this browser's");
            return html(resp, 400, pages.failed(language(req), InstallPages.Failure.STATE, installPath));
        });
        app.oauthCallbackError((req, resp) -> {
            log.info("a Slack install was cancelled or refused on Slack's page");
            return html(resp, 200, pages.failed(language(req), InstallPages.Failure.CANCELLED, installPath));
        });
        app.oauthCallbackAccessError((OAuthV2AccessErrorHandler) (req, resp, answer) -> {
            log.warn("oauth.v2.access refused the code: {}", answer.getError());
            return html(resp, 400, pages.failed(language(req), InstallPages.Failure.SLACK, installPath));
        });
        app.oauthCallbackException((req, resp, e) -> {
            log.warn("a Slack OAuth callback failed: {}", e.getClass().getSimpleName());
            return html(resp, 502, pages.failed(language(req), InstallPages.Failure.SLACK, installPath));
        });
    }

    private static Language language(OAuthCallbackRequest req) {
        return InstallPages.language(req.getHeaders().getFirstValue("Accept-Language"));
    }

    private static Response html(Response resp, int status, String page) {
        resp.setStatusCode(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setBody(page);
        return resp;
    }
}
