package com.negotiationtracker.web.security;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The security headers are on the response before a request is handled, so that a streamed answer, which commits the
 * response from another thread, never races the filter chain writing them on its way out.
 */
@WithUserDetails("reader")
@WebMvcTest(SecurityHeadersTest.HeadersSeenByTheHandler.class)
@Import(SecurityHeadersTest.HeadersSeenByTheHandler.class)
class SecurityHeadersTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void theHandlerFindsTheSecurityHeadersAlreadyWritten() throws Exception {
        mvc.perform(get("/api/actors/headers-seen"))
                .andExpect(status().isOk())
                .andExpect(content().string("Content-Security-Policy X-Content-Type-Options"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY));
    }

    /** Answers which of two security headers the response held when the handler ran. */
    @RestController
    static class HeadersSeenByTheHandler {

        @GetMapping("/api/actors/headers-seen")
        String headersSeen(HttpServletResponse response) {
            StringBuilder seen = new StringBuilder();
            for (String name : new String[] {"Content-Security-Policy", "X-Content-Type-Options"}) {
                if (response.containsHeader(name)) {
                    seen.append(seen.isEmpty() ? "" : " ").append(name);
                }
            }
            return seen.toString();
        }
    }
}
