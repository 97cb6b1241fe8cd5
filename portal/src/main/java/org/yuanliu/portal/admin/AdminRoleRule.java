package org.yuanliu.portal.admin;

import java.util.Arrays;
import java.util.List;

import org.reactivestreams.Publisher;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

/**
 * Everything under {@code /admin} needs the ADMIN role, not just a login. The admin controllers say
 * {@code @Secured(IS_AUTHENTICATED)}, and the framework stops at the first rule that decides, so this rule runs just
 * before {@link SecuredAnnotationRule} and rejects an authenticated request without the role; it leaves the routes
 * open to anonymous visitors (the login form) and every other decision to {@code @Secured}.
 */
@Singleton
final class AdminRoleRule implements SecurityRule<HttpRequest<?>> {
    static final int ORDER = SecuredAnnotationRule.ORDER - 10;
    private final RolesFinder roles;

    AdminRoleRule(RolesFinder roles) {
        this.roles = roles;
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        String path = request.getPath();
        if (authentication == null || !(path.equals("/admin") || path.startsWith("/admin/")) || openToAnonymous(request)
                || roles.hasAnyRequiredRoles(List.of(AdminLogins.ROLE), authentication.getRoles())) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        return Mono.just(SecurityRuleResult.REJECTED);
    }

    private static boolean openToAnonymous(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .filter(match -> match instanceof MethodBasedRouteMatch<?, ?> method
                        && Arrays.asList(method.stringValues(Secured.class)).contains(SecurityRule.IS_ANONYMOUS))
                .isPresent();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
