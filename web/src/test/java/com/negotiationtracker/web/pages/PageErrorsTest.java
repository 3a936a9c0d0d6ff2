package com.negotiationtracker.web.pages;

import com.negotiationtracker.web.timeline.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page asked with a parameter it cannot use answers with a page saying so. (The API's controllers, outside the
 * pages' package, keep their JSON problems: {@code ProblemDetailsAdviceTest} runs with this advice loaded too.)
 */
@WithUserDetails("auditor")
@WebMvcTest(PageErrorsTest.Pages.class)
@Import(PageErrorsTest.Pages.class) // scanning leaves out classes nested in tests
class PageErrorsTest {

    /** Stands in for the pages' controllers: in the pages' package, refusing a parameter as they do. */
    @Controller
    static class Pages {

        @GetMapping("/auditor/test")
        @ResponseBody
        String auditor(@RequestParam(required = false) String kind) {
            return "kind " + QueryParameters.kind(kind);
        }

        @GetMapping("/analyst/test")
        @ResponseBody
        String analyst(@RequestParam(required = false) Integer step) {
            return "step " + step;
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void a_kind_that_does_not_exist_gets_a_page_naming_the_parameter_with_the_way_back() throws Exception {
        mvc.perform(get("/auditor/test").param("kind", "no-such-kind").accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("data-parameter=\"kind\"")))
                .andExpect(content().string(containsString("&#39;no-such-kind&#39; is not a kind of fact")))
                .andExpect(content().string(containsString("href=\"/auditor\"")))
                .andExpect(content().string(containsString("aria-current=\"page\">Auditor")))
                .andExpect(content().string(containsString("id=\"signed-in-as\">auditor")));
    }

    @Test
    void a_step_that_is_not_a_number_gets_the_same_page() throws Exception {
        mvc.perform(get("/analyst/test").param("step", "three").accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("data-parameter=\"step\"")))
                .andExpect(content().string(containsString("step must be a whole number, not &#39;three&#39;")))
                .andExpect(content().string(containsString("href=\"/analyst\"")));
    }
}
