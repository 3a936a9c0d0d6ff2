package com.negotiationtracker.web.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Who may do what. Readers read the read models (state, timeline, positions, actors, the list of claims, the live
 * feed); auditors also the claims' details, the audit chain and the exports; editors also record facts (every write
 * to the API); admins also replay the read models. Anonymous requests get 401, except the health check, the login
 * page and the pages' static files.
 * <p>
 * The API takes HTTP Basic credentials (scripts) or the session of the login form (the pages' scripts). A write in a
 * session needs its CSRF token; a request that carries Basic credentials needs none unless a browser sent it from a
 * page of another origin ({@link BasicCredentialsRequests}): a browser adds the Basic credentials it has cached to a
 * forged cross-site request too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

    /** Same-origin scripts, styles, images and fonts only: the pages load nothing from elsewhere, nor inline. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    private static final String[] OPEN = {"/actuator/health", "/actuator/health/**", "/login", "/error",
            "/css/**", "/js/**", "/webjars/**", "/favicon.ico"};

    @Bean
    SecurityFilterChain trackerSecurity(HttpSecurity http) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN).permitAll()
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/**").hasRole(Role.EDITOR.name())
                        .requestMatchers(HttpMethod.PUT, "/api/**").hasRole(Role.EDITOR.name())
                        .requestMatchers(HttpMethod.PATCH, "/api/**").hasRole(Role.EDITOR.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/**").hasRole(Role.EDITOR.name())
                        .requestMatchers("/api/claims").hasRole(Role.READER.name())
                        .requestMatchers("/api/claims/**", "/api/audit/**", "/api/export/**")
                        .hasRole(Role.AUDITOR.name())
                        .requestMatchers("/api/state", "/api/timeline", "/api/positions/**", "/api/actors/**",
                                "/api/live").hasRole(Role.READER.name())
                        .requestMatchers("/", "/analyst/**").hasRole(Role.READER.name())
                        .requestMatchers("/auditor/**").hasRole(Role.AUDITOR.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAccessDeniedHandlerFor(problems, api))
                .csrf(csrf -> csrf.ignoringRequestMatchers(BasicCredentialsRequests::maySkipCsrfCheck))
                .headers(headers -> headers
                        // before the request is handled, not on its way out: a streamed answer (the exports, the
                        // live feed) commits the response from another thread while the filter chain unwinds, and
                        // both then wrote the headers into a map that is not thread-safe (spring-security#9175;
                        // seen here as a ConcurrentModificationException). No handler here sets cache headers,
                        // the one thing eager writing would override.
                        .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                            @Override
                            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                                filter.setShouldWriteHeadersEagerly(true);
                                return filter;
                            }
                        })
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /** ADMIN includes EDITOR includes AUDITOR includes READER. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.EDITOR.name())
                .role(Role.EDITOR.name()).implies(Role.AUDITOR.name())
                .role(Role.AUDITOR.name()).implies(Role.READER.name())
                .build();
    }

    /** BCrypt for new passwords; also reads values encoded with any other id Spring Security knows. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ConfiguredUsers configuredUsers(Environment environment, PasswordEncoder encoder) {
        return ConfiguredUsers.from(environment, encoder);
    }

    /** Only hashes are kept: a plain password from the configuration is encoded here and not held further. */
    @Bean
    UserDetailsService userDetailsService(ConfiguredUsers configured, PasswordEncoder encoder) {
        List<UserDetails> users = configured.users().stream()
                .map(user -> User.withUsername(user.name())
                        .password(user.encoded() ? user.password() : encoder.encode(user.password()))
                        .roles(user.role().name())
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    /** Checks passwords with the users above; see {@link RecentlyVerifiedCredentials} for why it remembers. */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider verifier = new DaoAuthenticationProvider(users);
        verifier.setPasswordEncoder(encoder);
        return new RecentlyVerifiedCredentials(verifier, Clock.systemUTC(), Duration.ofMinutes(5), 10_000);
    }

    @Bean
    TrackerUsers trackerUsers(ConfiguredUsers configured) {
        return new TrackerUsers(configured.users().stream().map(UserEntry::toString).toList(),
                configured.credentialsFile());
    }
}
