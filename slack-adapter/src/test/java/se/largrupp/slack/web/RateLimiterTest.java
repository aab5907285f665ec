package se.largrupp.slack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    AtomicLong now = new AtomicLong(1_000_000_000L);
    RateLimiter limiter = new RateLimiter(now::get);

    @Test
    void a_tier_2_method_allows_its_burst_then_paces_to_20_a_minute() {
        for (int i = 0; i < Tier.TIER_2.burst(); i++) {
            assertThat(limiter.reserve("conversations.create", Tier.TIER_2, Duration.ZERO)).isZero();
        }
        Duration wait = limiter.reserve("conversations.create", Tier.TIER_2, Duration.ofMinutes(1));

        assertThat(wait).isBetween(Duration.ofMillis(2900), Duration.ofMillis(3100));
    }

    @Test
    void a_wait_longer_than_allowed_takes_no_token() {
        for (int i = 0; i < Tier.TIER_2.burst(); i++) limiter.reserve("conversations.create", Tier.TIER_2, Duration.ZERO);

        assertThat(limiter.reserve("conversations.create", Tier.TIER_2, Duration.ZERO)).isPositive();
        now.addAndGet(Duration.ofSeconds(3).toNanos());
        assertThat(limiter.reserve("conversations.create", Tier.TIER_2, Duration.ZERO)).isZero();
    }

    @Test
    void posting_is_limited_per_channel_not_across_channels() {
        for (int i = 0; i < Tier.PER_CHANNEL_POST.burst(); i++) limiter.reserve("chat.post#G1", Tier.PER_CHANNEL_POST, Duration.ZERO);

        assertThat(limiter.reserve("chat.post#G1", Tier.PER_CHANNEL_POST, Duration.ZERO)).isPositive();
        assertThat(limiter.reserve("chat.post#G2", Tier.PER_CHANNEL_POST, Duration.ZERO)).isZero();
    }

    @Test
    void after_a_429_the_method_waits_for_retry_after() {
        limiter.pause("chat.postMessage", Duration.ofSeconds(30));

        assertThat(limiter.reserve("chat.postMessage", Tier.TIER_4, Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(30));
        now.addAndGet(Duration.ofSeconds(31).toNanos());
        assertThat(limiter.reserve("chat.postMessage", Tier.TIER_4, Duration.ZERO)).isZero();
    }
}
