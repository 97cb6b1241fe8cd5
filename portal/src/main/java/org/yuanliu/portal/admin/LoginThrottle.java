package org.yuanliu.portal.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Locks the login for a client address or a user name after {@code maxFailures} failures in a row: first for
 * {@code lock}, each further failure doubling it up to {@code maxLock}. While locked, every attempt is refused, the
 * right password too, without being checked. An attempt counts as a failure from the moment it is admitted until it
 * succeeds, so parallel guesses cannot slip past the count. Failures are logged with the user name and the address
 * (never the password) on {@code yuanliu.admin.logins}.
 */
@Singleton
public final class LoginThrottle {
    private static final Logger LOG = LoggerFactory.getLogger("yuanliu.admin.logins");
    private static final int KEY_LENGTH = 128; // a longer name is no admin's; the map stays small whatever is sent

    private final LoginThrottleSettings settings;
    private final Clock clock;
    private final Failures byAddress;
    private final Failures byUser;

    @Inject
    public LoginThrottle(LoginThrottleSettings settings) {
        this(settings, Clock.systemUTC());
    }

    LoginThrottle(LoginThrottleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.byAddress = new Failures(settings);
        this.byUser = new Failures(settings);
    }

    /** Empty when the attempt may go on (it counts as failed until {@link #succeeded}); else how long it is locked. */
    public synchronized Optional<Duration> admit(@Nullable String address, @Nullable String user) {
        Instant now = clock.instant();
        Duration wait = lock(address, user);
        if (!wait.isZero()) {
            LOG.info("Admin login refused for {} from {}: locked for {} s", quoted(user), key(address), seconds(wait));
            return Optional.of(wait);
        }
        byAddress.fail(key(address), now);
        byUser.fail(key(user), now);
        return Optional.empty();
    }

    /** How long logins from the address or for the name are still locked (zero: not locked); counts nothing. */
    public synchronized Duration lock(@Nullable String address, @Nullable String user) {
        Instant now = clock.instant();
        return longer(byAddress.locked(key(address), now), byUser.locked(key(user), now));
    }

    /** The admitted attempt had the right password: its address and name start afresh. */
    public synchronized void succeeded(@Nullable String address, @Nullable String user) {
        byAddress.forget(key(address));
        byUser.forget(key(user));
    }

    /** The admitted attempt had a wrong name or password (already counted): logs it. */
    public synchronized void failed(@Nullable String address, @Nullable String user) {
        LOG.warn("Admin login failed for {} from {} ({} failures from this address, {} for this name)", quoted(user),
                key(address), byAddress.count(key(address)), byUser.count(key(user)));
    }

    /** Whole seconds to wait, rounded up, at least one: the value of {@code Retry-After}. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    int tracked() {
        return Math.max(byAddress.entries.size(), byUser.entries.size());
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String key(@Nullable String value) {
        String text = value == null ? "" : value.strip();
        return text.length() > KEY_LENGTH ? text.substring(0, KEY_LENGTH) : text;
    }

    /** A user name as typed, safe for one log line: control characters replaced, cut at 64 characters. */
    private static String quoted(@Nullable String user) {
        String text = key(user).codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return "'" + (text.length() > 64 ? text.substring(0, 64) + "…" : text) + "'";
    }

    /** Failures per key, least recently seen first; at most {@code tracked} keys. */
    private static final class Failures {
        private record Entry(int count, Instant lockedUntil) {
        }

        private final LoginThrottleSettings settings;
        private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

        Failures(LoginThrottleSettings settings) {
            this.settings = settings;
        }

        Duration locked(String key, Instant now) {
            Entry entry = entries.get(key);
            return entry == null || !entry.lockedUntil().isAfter(now) ? Duration.ZERO : Duration.between(now, entry.lockedUntil());
        }

        int count(String key) {
            Entry entry = entries.get(key);
            return entry == null ? 0 : entry.count();
        }

        void fail(String key, Instant now) {
            Entry previous = entries.get(key);
            int count = previous == null || forgotten(previous, now) ? 1 : previous.count() + 1;
            entries.put(key, new Entry(count, count < settings.maxFailures() ? now : now.plus(lockFor(count))));
            if (entries.size() > settings.tracked()) {
                evict(now);
            }
        }

        void forget(String key) {
            entries.remove(key);
        }

        private Duration lockFor(int count) {
            int doublings = Math.min(count - settings.maxFailures(), 30);
            Duration lock = settings.lock().multipliedBy(1L << doublings);
            return lock.compareTo(settings.maxLock()) > 0 ? settings.maxLock() : lock;
        }

        /** Quiet for {@code maxLock} since the lock ended (or since the failure, without a lock). */
        private boolean forgotten(Entry entry, Instant now) {
            return !entry.lockedUntil().plus(settings.maxLock()).isAfter(now);
        }

        /** First the forgotten keys, then the least recently seen ones. */
        private void evict(Instant now) {
            entries.values().removeIf(entry -> forgotten(entry, now));
            Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
            while (entries.size() > settings.tracked() && eldest.hasNext()) {
                eldest.next();
                eldest.remove();
            }
        }
    }
}
