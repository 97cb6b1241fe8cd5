package org.yuanliu.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The login throttle on a clock the test moves: locks, their growth and cap, what is forgotten. */
class LoginThrottleTest {
    private static final LoginThrottleSettings SETTINGS = new LoginThrottleSettings(3, Duration.ofSeconds(5),
            Duration.ofSeconds(30), 100);

    @Test
    void locksStartAfterTheAllowedFailuresAndDoubleUpToTheLongest() {
        MovingClock clock = new MovingClock();
        LoginThrottle throttle = new LoginThrottle(SETTINGS, clock);
        List<Duration> locks = new ArrayList<>();
        for (int failure = 1; failure <= 7; failure++) {
            assertThat(throttle.admit("198.51.100.7", "admin")).as("failure %d is admitted", failure).isEmpty();
            throttle.failed("198.51.100.7", "admin");
            Duration lock = throttle.lock("198.51.100.7", "admin");
            locks.add(lock);
            if (!lock.isZero()) {
                clock.advance(lock.minusMillis(1));
                assertThat(throttle.admit("198.51.100.7", "admin")).as("still locked").hasValue(Duration.ofMillis(1));
                clock.advance(Duration.ofMillis(1));
            }
        }
        assertThat(locks).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void anAddressAndANameLockEachOther() {
        MovingClock clock = new MovingClock();
        LoginThrottle throttle = new LoginThrottle(SETTINGS, clock);
        // one address trying three names is locked, for every name
        for (String name : List.of("root", "admin1", "guest")) {
            assertThat(throttle.admit("203.0.113.1", name)).isEmpty();
        }
        assertThat(throttle.admit("203.0.113.1", "admin")).hasValue(Duration.ofSeconds(5));
        assertThat(throttle.admit("203.0.113.2", "admin")).as("another address, a name not tried thrice").isEmpty();
        throttle.succeeded("203.0.113.2", "admin");
        // one name tried from three addresses is locked, from every address
        for (String address : List.of("203.0.113.3", "203.0.113.4", "203.0.113.5")) {
            assertThat(throttle.admit(address, "admin")).isEmpty();
        }
        assertThat(throttle.admit("203.0.113.6", "admin")).hasValue(Duration.ofSeconds(5));
        assertThat(throttle.admit("203.0.113.6", "editor")).isEmpty();
    }

    @Test
    void aSuccessOrAQuietPeriodStartsAfresh() {
        MovingClock clock = new MovingClock();
        LoginThrottle throttle = new LoginThrottle(SETTINGS, clock);
        throttle.admit("192.0.2.1", "admin");
        throttle.admit("192.0.2.1", "admin");
        throttle.succeeded("192.0.2.1", "admin");
        throttle.admit("192.0.2.1", "admin");
        throttle.admit("192.0.2.1", "admin");
        assertThat(throttle.lock("192.0.2.1", "admin")).as("two failures since the success").isZero();
        throttle.admit("192.0.2.1", "admin");
        assertThat(throttle.lock("192.0.2.1", "admin")).isEqualTo(Duration.ofSeconds(5));
        // quiet for the longest lock after the lock ended: the next failure is a first one again
        clock.advance(Duration.ofSeconds(5 + 30));
        throttle.admit("192.0.2.1", "admin");
        throttle.admit("192.0.2.1", "admin");
        assertThat(throttle.lock("192.0.2.1", "admin")).isZero();
    }

    @Test
    void rotatingNamesAndAddressesKeepsTheMemoryBounded() {
        LoginThrottle throttle = new LoginThrottle(new LoginThrottleSettings(3, Duration.ofSeconds(5),
                Duration.ofSeconds(30), 50), new MovingClock());
        for (int i = 0; i < 10_000; i++) {
            throttle.admit("10.0." + (i / 256) + "." + (i % 256), "name-" + i + "x".repeat(1000));
        }
        assertThat(throttle.tracked()).isEqualTo(50);
        assertThat(throttle.admit("10.0.39.15", "name-9999" + "x".repeat(1000))).as("the newest are kept").isEmpty();
    }

    @Test
    void retryAfterIsInWholeSecondsRoundedUp() {
        assertThat(List.of(Duration.ofMillis(1), Duration.ofMillis(1000), Duration.ofMillis(1001), Duration.ofMinutes(15))
                .stream().map(LoginThrottle::seconds).toList()).containsExactly(1L, 1L, 2L, 900L);
    }

    /** A clock that moves only when told. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
