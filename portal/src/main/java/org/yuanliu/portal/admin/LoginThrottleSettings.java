package org.yuanliu.portal.admin;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How failed logins lock further ones ({@code yuanliu.admin.login.*}), counted per client address and per user name.
 *
 * @param maxFailures failed logins in a row before the first lock
 * @param lock        the first lock; every further failure doubles it
 * @param maxLock     the longest lock; an address or name is forgotten once it has been this long without a failure
 *                    after its lock ended
 * @param tracked     addresses, and user names, remembered at most (each); beyond, the least recently seen are forgotten
 */
@ConfigurationProperties("yuanliu.admin.login")
public record LoginThrottleSettings(
        @Bindable(defaultValue = "5") int maxFailures,
        @Bindable(defaultValue = "5s") Duration lock,
        @Bindable(defaultValue = "15m") Duration maxLock,
        @Bindable(defaultValue = "10000") int tracked) {

    public LoginThrottleSettings {
        if (maxFailures < 1 || tracked < 1 || lock.isNegative() || lock.isZero() || maxLock.compareTo(lock) < 0) {
            throw new IllegalArgumentException("yuanliu.admin.login: max-failures and tracked must be at least 1, lock "
                    + "positive and max-lock at least lock (got " + maxFailures + ", " + tracked + ", " + lock + ", "
                    + maxLock + ")");
        }
    }
}
