package com.negotiationtracker.web.dossier;

import com.negotiationtracker.core.dossier.DossierImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The size limit is configurable, and holds for a body that does not declare its length. */
// may do everything: these tests are about answers; who may ask is config's AccessControlContract
@WithUserDetails("admin")
@WebMvcTest(controllers = DossierController.class, properties = "tracker.dossiers.max-size=1KB")
class DossierSizeLimitTest {

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private DossierImporter importer;

    @Test
    void theLimitIsConfigurable() throws Exception {
        mvc.perform(post("/api/dossiers").contentType("application/yaml").content(new byte[1025]).with(csrf()))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value("a dossier may be at most 1 KB (1024 bytes); split this one"))
                .andExpect(jsonPath("$.limit").value("1 KB"))
                .andExpect(jsonPath("$.limitBytes").value(1024));
        verifyNoInteractions(importer);
    }

    @Test
    void aBodyOfUndeclaredLengthIsReadNoFurtherThanTheLimit() {
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/dossiers") {
            @Override
            public long getContentLengthLong() {
                return -1; // as with Transfer-Encoding: chunked
            }
        };
        chunked.setContentType("application/yaml");
        chunked.setContent(new byte[1025]);
        DossierController controller = new DossierController(importer, DataSize.ofKilobytes(1));

        assertThatThrownBy(() -> controller.importDossier(chunked)).isInstanceOf(DossierTooLarge.class);
        assertThat(chunked.getContentLengthLong()).isEqualTo(-1);
        verifyNoInteractions(importer);
    }
}
