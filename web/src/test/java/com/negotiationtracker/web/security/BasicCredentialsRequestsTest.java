package com.negotiationtracker.web.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class BasicCredentialsRequestsTest {

    private static final String BASIC = "Basic ZWRpdG9yOnNlY3JldA==";

    @Test
    void a_scripts_write_with_basic_credentials_skips_the_csrf_check() {
        assertThat(BasicCredentialsRequests.maySkipCsrfCheck(write(BASIC))).isTrue();
    }

    @Test
    void a_write_without_basic_credentials_does_not() {
        assertThat(BasicCredentialsRequests.maySkipCsrfCheck(write(null))).isFalse();
        assertThat(BasicCredentialsRequests.maySkipCsrfCheck(write("Bearer abc"))).isFalse();
    }

    @Test
    void a_browsers_write_from_a_page_of_another_origin_does_not_even_with_basic_credentials() {
        assertThat(BasicCredentialsRequests.maySkipCsrfCheck(
                with(write(BASIC), "Origin", "https://elsewhere.example"))).isFalse();
        assertThat(BasicCredentialsRequests.maySkipCsrfCheck(
                with(write(BASIC), "Origin", "http://tracker.example:9090"))).as("another port").isFalse();
        assertThat(BasicCredentialsRequests.maySkipCsrfCheck(with(write(BASIC), "Origin", "null")))
                .as("an opaque origin").isFalse();
        assertThat(BasicCredentialsRequests.maySkipCsrfCheck(with(write(BASIC), "Sec-Fetch-Site", "cross-site")))
                .isFalse();
        assertThat(BasicCredentialsRequests.maySkipCsrfCheck(with(write(BASIC), "Sec-Fetch-Site", "same-site")))
                .as("a page of a sibling subdomain").isFalse();
    }

    @Test
    void a_browsers_write_from_a_page_of_this_origin_skips_it() {
        MockHttpServletRequest sameOrigin = with(with(write(BASIC), "Origin", "http://Tracker.example:8080"),
                "Sec-Fetch-Site", "same-origin");
        assertThat(BasicCredentialsRequests.maySkipCsrfCheck(sameOrigin)).isTrue();
        assertThat(BasicCredentialsRequests.maySkipCsrfCheck(with(write(BASIC), "Sec-Fetch-Site", "none")))
                .as("typed into the address bar").isTrue();
    }

    private static MockHttpServletRequest write(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/dossiers");
        request.addHeader("Host", "tracker.example:8080");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

    private static MockHttpServletRequest with(MockHttpServletRequest request, String header, String value) {
        request.addHeader(header, value);
        return request;
    }
}
