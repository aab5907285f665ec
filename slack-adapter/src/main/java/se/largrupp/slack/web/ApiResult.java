package se.largrupp.slack.web;

import java.time.Duration;
import java.util.Optional;

/** What one Web API call came to: a response, Slack's {@code ok:false} error, a rate limit, or a fault on the way. */
public sealed interface ApiResult<T> {
    record Ok<T>(T response) implements ApiResult<T> {}

    record Failed<T>(String error) implements ApiResult<T> {}

    /** 429, or the client's own limiter said wait longer than the caller allows. */
    record Limited<T>(Duration retryAfter) implements ApiResult<T> {}

    /** Network trouble or a 5xx: worth another try later. */
    record Broken<T>(String reason) implements ApiResult<T> {}

    default Optional<T> ok() {
        return this instanceof Ok<T> o ? Optional.of(o.response()) : Optional.empty();
    }

    default String describe() {
        if (this instanceof Failed<T> f) return f.error();
        if (this instanceof Limited<T> l) return "rate limited for " + l.retryAfter();
        if (this instanceof Broken<T> b) return b.reason();
        return "ok";
    }
}
