package se.largrupp.slack.web;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every Web API call of the adapter for one workspace goes through here: the workspace's token (looked up for each
 * call, so a rotated or reinstalled token is used at once), the client-side limiter, then the call, then Slack's
 * answer turned into an {@link ApiResult}. A 429 pauses the method for Slack's Retry-After. Slack's limits are per
 * workspace, and so are the limiter's keys. A workspace without an installation gets {@code not_installed}.
 */
public final class SlackWebApi {
    private static final Logger log = LoggerFactory.getLogger(SlackWebApi.class);
    /** What Slack answers a workspace the app is not (or no longer) installed in. */
    public static final String NOT_INSTALLED = "not_installed";
    private final Slack slack;
    private final String team;
    private final Supplier<Optional<BotToken>> token;
    private final RateLimiter limiter;

    public SlackWebApi(Slack slack, String team, Supplier<Optional<BotToken>> token, RateLimiter limiter) {
        this.slack = slack;
        this.team = team;
        this.token = token;
        this.limiter = limiter;
    }

    /**
     * For the methods that act for no workspace and take their credentials in the request ({@code openid.connect.token}
     * with the client id and secret, {@code openid.connect.userInfo} with the person's token): no bot token is sent.
     */
    public static SlackWebApi withoutBotToken(Slack slack, RateLimiter limiter) {
        Optional<BotToken> none = Optional.of(new BotToken(null, false));
        return new SlackWebApi(slack, "app", () -> none, limiter);
    }

    /** The team id to pass where an organisation-wide token needs to be told the workspace (conversations.create…). */
    public Optional<String> teamForOrganisationToken() {
        return token.get().filter(BotToken::organisationWide).map(t -> team);
    }

    @FunctionalInterface
    public interface Call<T> {
        T run(MethodsClient client) throws IOException, SlackApiException;
    }

    /** Calls at once or after waiting up to {@code maxWait} for the limiter; {@code channel} adds the per-channel limit. */
    public <T extends SlackApiTextResponse> ApiResult<T> call(String method, Optional<String> channel, Duration maxWait, Call<T> call) {
        Optional<BotToken> bot = token.get();
        if (bot.isEmpty()) return new ApiResult.Failed<>(NOT_INSTALLED);
        MethodsClient client = bot.get().token() == null ? slack.methods() : slack.methods(bot.get().token());
        Duration wait = limiter.reserve(key(method), Tier.of(method), maxWait);
        if (wait.compareTo(maxWait) > 0) return new ApiResult.Limited<>(wait);
        if (channel.isPresent() && method.startsWith("chat.post")) {
            Duration channelWait = limiter.reserve(key("chat.post#" + channel.get()), Tier.PER_CHANNEL_POST, maxWait);
            if (channelWait.compareTo(maxWait) > 0) return new ApiResult.Limited<>(channelWait);
            wait = wait.compareTo(channelWait) > 0 ? wait : channelWait;
        }
        if (!pause(wait)) return new ApiResult.Broken<>("interrupted");
        try {
            T response = call.run(client);
            if (response.isOk()) return new ApiResult.Ok<>(response);
            if ("ratelimited".equals(response.getError())) return limited(method, Duration.ofSeconds(1));
            return new ApiResult.Failed<>(response.getError());
        } catch (SlackApiException e) {
            int status = e.getResponse().code();
            if (status == 429) {
                String header = e.getResponse().header("Retry-After");
                return limited(method, Duration.ofSeconds(parseSeconds(header)));
            }
            if (e.getError() != null && e.getError().getError() != null && status < 500) {
                return new ApiResult.Failed<>(e.getError().getError());
            }
            return new ApiResult.Broken<>(method + " answered HTTP " + status);
        } catch (IOException | RuntimeException e) {
            log.warn("{} failed: {}", method, e.toString());
            return new ApiResult.Broken<>(method + " failed: " + e.getClass().getSimpleName());
        }
    }

    /** Like {@link #call} but waits out rate limits (up to {@code patience} in all); for work that has no outbox behind it. */
    public <T extends SlackApiTextResponse> ApiResult<T> callPatiently(String method, Optional<String> channel, Duration patience, Call<T> call) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            ApiResult<T> result = call(method, channel, left, call);
            if (!(result instanceof ApiResult.Limited<T> limited) || limited.retryAfter().compareTo(left) > 0) return result;
            if (!pause(limited.retryAfter())) return result;
        }
    }

    private String key(String method) {
        return team + "/" + method;
    }

    private <T> ApiResult<T> limited(String method, Duration retryAfter) {
        limiter.pause(key(method), retryAfter);
        log.info("{} rate limited by Slack for {}", method, retryAfter);
        return new ApiResult.Limited<>(retryAfter);
    }

    static long parseSeconds(String header) {
        try {
            return header == null ? 1 : Math.max(0, Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean pause(Duration wait) {
        if (wait.isZero() || wait.isNegative()) return true;
        try {
            // A short, bounded wait for the limiter's next token; long waits are handed back as Limited instead.
            Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
