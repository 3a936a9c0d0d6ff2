package com.negotiationtracker.config.security;

import com.negotiationtracker.config.support.Dossiers;
import com.negotiationtracker.config.support.EventStoreRows;
import com.negotiationtracker.config.support.TestUsers;
import com.negotiationtracker.config.support.TrackerApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may do what, on a running tracker over HTTP: anonymous requests are refused (401) and a role's request beyond
 * its rights is forbidden (403), and neither records anything, as the event store's own table shows. Each store
 * (H2, PostgreSQL) runs the same contract.
 */
abstract class AccessControlContract {

    /** A report no test records but the editor's. */
    static final String NEW_REPORT = Dossiers.laterReport("access-report",
            Dossiers.statement("trump-expects-meeting-access", "access-report"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    EventStoreRows events;

    @BeforeEach
    void referenceStoryRecordedByAnEditor() {
        events = new EventStoreRows(jdbc);
        as(TestUsers.EDITOR).importReferenceStory();
    }

    @Test
    void an_anonymous_write_gets_401_and_records_nothing() {
        long before = events.count();

        TrackerApi.Response response = TrackerApi.anonymous(port)
                .postDossier(NEW_REPORT, "application/json");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(401);
        assertThat(response.json().path("detail").asString()).contains("nothing was recorded");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void a_write_with_a_wrong_password_gets_401_and_records_nothing() {
        long before = events.count();

        TrackerApi.Response response = TrackerApi.withCredentials(port, "editor", "not-the-password")
                .postDossier(NEW_REPORT, "application/json");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("detail").asString()).contains("not accepted");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void anonymous_reads_get_401_but_the_health_check_is_open() {
        TrackerApi anonymous = TrackerApi.anonymous(port);

        for (String path : new String[]{"/api/timeline", "/api/state", "/api/claims", "/api/audit/digest",
                "/api/admin/replay", "/v3/api-docs"}) {
            assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
        }
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void a_readers_write_gets_403_and_records_nothing() {
        long before = events.count();

        TrackerApi.Response response = as(TestUsers.READER).postDossier(NEW_REPORT, "application/json");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).contains("reader").contains("nothing was recorded");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void an_auditors_write_gets_403_and_records_nothing() {
        long before = events.count();

        TrackerApi.Response response = as(TestUsers.AUDITOR).postDossier(NEW_REPORT, "application/json");

        assertThat(response.status()).isEqualTo(403);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void a_reader_reads_the_read_models_but_not_the_ledgers_details_the_audit_or_the_exports() {
        TrackerApi reader = as(TestUsers.READER);
        String claim = "/api/claims/" + firstClaimId();

        for (String path : new String[]{"/api/state", "/api/timeline", "/api/positions", "/api/actors",
                "/api/claims"}) {
            assertThat(reader.get(path).status()).as(path).isEqualTo(200);
        }
        for (String path : new String[]{claim, "/api/audit/digest", "/api/audit/verify",
                "/api/export/timeline.csv", "/api/export/events.jsonl", "/api/export/claims.jsonld",
                "/api/admin/replay"}) {
            TrackerApi.Response response = reader.get(path);
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(response.json().path("status").asInt()).isEqualTo(403);
        }
    }

    @Test
    void an_auditor_reads_the_ledgers_details_the_audit_and_the_exports() {
        TrackerApi auditor = as(TestUsers.AUDITOR);

        for (String path : new String[]{"/api/claims/" + firstClaimId(), "/api/audit/digest", "/api/audit/verify",
                "/api/export/timeline.csv", "/api/export/events.jsonl", "/api/export/claims.jsonld"}) {
            assertThat(auditor.get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(auditor.get("/api/admin/replay").status()).isEqualTo(403);
    }

    @Test
    void an_editor_records_a_dossier_but_may_not_replay() {
        TrackerApi editor = as(TestUsers.EDITOR);
        long before = events.count();

        TrackerApi.Response imported = editor.postDossier(NEW_REPORT, "application/json");
        TrackerApi.Response replay = editor.post("/api/admin/replay");

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(events.count()).isGreaterThan(before);
        assertThat(replay.status()).isEqualTo(403);
    }

    @Test
    void an_admin_replays() {
        TrackerApi admin = as(TestUsers.ADMIN);

        TrackerApi.Response replay = admin.post("/api/admin/replay");

        assertThat(replay.status()).as(replay.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> admin.get("/api/admin/replay").json().path("state").asString(), "done"::equals);
    }

    @Test
    void responses_carry_the_standard_security_headers() {
        TrackerApi.Response response = as(TestUsers.READER).get("/api/timeline");

        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'")
                .contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(response.header("Cache-Control")).contains("no-store");
        assertThat(response.header("Referrer-Policy")).isNotBlank();
    }

    @Test
    void a_logged_in_sessions_write_without_its_csrf_token_gets_403_and_records_nothing() {
        BrowserSession browser = new BrowserSession(port);
        HttpResponse<String> login = browser.logIn(TestUsers.EDITOR.userName(), TestUsers.EDITOR.password());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        long before = events.count();

        HttpResponse<String> read = browser.get("/api/timeline", "application/json");
        HttpResponse<String> write = browser.postWithoutCsrfToken("/api/dossiers", "application/json", NEW_REPORT);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.body()).contains("CSRF");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void a_browsers_write_from_another_sites_page_gets_403_even_with_basic_credentials_and_records_nothing() {
        TrackerApi editor = as(TestUsers.EDITOR);
        long before = events.count();

        // what a browser sends when another site's page posts here, adding the Basic credentials it keeps for us
        TrackerApi.Response forged = editor.postDossier(NEW_REPORT, "application/json",
                Map.of("Origin", "https://elsewhere.example", "Sec-Fetch-Site", "cross-site"));
        TrackerApi.Response fromAnOlderBrowser = editor.postDossier(NEW_REPORT, "application/json",
                Map.of("Origin", "https://elsewhere.example"));

        for (TrackerApi.Response refused : List.of(forged, fromAnOlderBrowser)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.json().path("detail").asString()).contains("another origin")
                    .contains("nothing was recorded");
        }
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void a_browsers_write_from_a_page_of_this_origin_with_basic_credentials_needs_no_csrf_token() {
        String report = Dossiers.laterReport("same-origin-report",
                Dossiers.statement("trump-expects-meeting-same-origin", "same-origin-report"));

        TrackerApi.Response sameOrigin = as(TestUsers.EDITOR).postDossier(report, "application/json",
                Map.of("Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin"));

        assertThat(sameOrigin.status()).as(sameOrigin.body()).isEqualTo(201);
    }

    @Test
    void a_wrong_password_on_the_login_form_leads_back_to_it_and_pages_need_a_login() {
        BrowserSession browser = new BrowserSession(port);

        HttpResponse<String> login = browser.logIn(TestUsers.EDITOR.userName(), "not-the-password");
        HttpResponse<String> page = browser.get("/auditor/", "text/html");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    private TrackerApi as(TestUsers user) {
        return new TrackerApi(port, user);
    }

    private String firstClaimId() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !as(TestUsers.READER).get("/api/claims?size=1").json().path("claims").isEmpty());
        JsonNode claims = as(TestUsers.READER).get("/api/claims?size=1").json().path("claims");
        return claims.get(0).path("id").asString();
    }
}
