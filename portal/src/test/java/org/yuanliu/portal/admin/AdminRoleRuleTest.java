package org.yuanliu.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRuleResult;
import reactor.core.publisher.Mono;

/** Under /admin an authenticated request needs the ADMIN role; everything else is left to @Secured. */
class AdminRoleRuleTest {
    private final AdminRoleRule rule = new AdminRoleRule(attributes -> {
        Object roles = attributes.get("roles");
        return roles instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    });

    @Test
    void onlyAnAuthenticatedRequestWithoutTheRoleUnderAdminIsRejected() {
        Authentication editor = Authentication.build("admin", List.of("EDITOR"));
        Authentication admin = Authentication.build("admin", List.of(AdminLogins.ROLE));
        Map<String, SecurityRuleResult> results = new java.util.LinkedHashMap<>();
        results.put("editor /admin/api/session", check("/admin/api/session", editor));
        results.put("editor /admin", check("/admin", editor));
        results.put("admin /admin/api/session", check("/admin/api/session", admin));
        results.put("anonymous /admin/api/session", check("/admin/api/session", null));
        results.put("editor /api/search", check("/api/search", editor));
        results.put("editor /administrator", check("/administrator", editor));
        assertThat(results).containsExactly(
                Map.entry("editor /admin/api/session", SecurityRuleResult.REJECTED),
                Map.entry("editor /admin", SecurityRuleResult.REJECTED),
                Map.entry("admin /admin/api/session", SecurityRuleResult.UNKNOWN),
                Map.entry("anonymous /admin/api/session", SecurityRuleResult.UNKNOWN),
                Map.entry("editor /api/search", SecurityRuleResult.UNKNOWN),
                Map.entry("editor /administrator", SecurityRuleResult.UNKNOWN));
        assertThat(rule.getOrder()).as("decides before @Secured").isLessThan(SecuredAnnotationRule.ORDER);
    }

    private SecurityRuleResult check(String path, Authentication authentication) {
        return Mono.from(rule.check(HttpRequest.GET(path), authentication)).block();
    }
}
