package com.negotiationtracker.web.dossier;

import com.negotiationtracker.core.dossier.DossierError;
import com.negotiationtracker.core.dossier.DossierFormat;
import com.negotiationtracker.core.dossier.DossierImporter;
import com.negotiationtracker.core.dossier.DossierRejected;
import com.negotiationtracker.core.dossier.ImportReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// may do everything: these tests are about answers; who may ask is config's AccessControlContract
@WithUserDetails("admin")
@WebMvcTest(DossierController.class)
class DossierControllerTest {

    static final String YAML = """
            dossier: seed-article
            facts:
              - id: zelenskiy-meaningful-conversation
                summary: "Zelenskiy’s office: a meaningful conversation"
            """;
    static final String JSON = "{\"dossier\": \"seed-article\"}";
    static final ImportReport RECORDED = new ImportReport("seed-article", 12, 0, 3, 0, 20, 0);
    static final ImportReport NOTHING_NEW = new ImportReport("seed-article", 0, 12, 0, 3, 0, 20);

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private DossierImporter importer;

    @Test
    void aYamlDossierThatRecordsSomethingIsCreated() throws Exception {
        when(importer.importDossier(YAML, DossierFormat.YAML)).thenReturn(RECORDED);

        mvc.perform(post("/api/dossiers").contentType("application/yaml").content(utf8(YAML)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.dossier").value("seed-article"))
                .andExpect(jsonPath("$.actorsRecorded").value(12))
                .andExpect(jsonPath("$.actorsUnchanged").value(0))
                .andExpect(jsonPath("$.tracksOpened").value(3))
                .andExpect(jsonPath("$.tracksUnchanged").value(0))
                .andExpect(jsonPath("$.factsRecorded").value(20))
                .andExpect(jsonPath("$.factsAlreadyRecorded").value(0))
                .andExpect(jsonPath("$.summary").value(RECORDED.summary()));
    }

    @Test
    void aDossierTheStoreAlreadyHoldsIsOk() throws Exception {
        when(importer.importDossier(YAML, DossierFormat.YAML)).thenReturn(NOTHING_NEW);

        mvc.perform(post("/api/dossiers").contentType("application/yaml").content(utf8(YAML)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.factsAlreadyRecorded").value(20))
                .andExpect(jsonPath("$.summary").value(containsString("nothing new to record")));
    }

    @Test
    void everyYamlMediaTypeIsReadAsYaml() throws Exception {
        when(importer.importDossier(YAML, DossierFormat.YAML)).thenReturn(RECORDED);

        for (String type : List.of("application/yaml", "application/x-yaml", "text/yaml",
                "text/yaml;charset=UTF-8")) {
            mvc.perform(post("/api/dossiers").contentType(type).content(utf8(YAML)).with(csrf()))
                    .andExpect(status().isCreated());
        }
    }

    @Test
    void aJsonDossierIsReadAsJson() throws Exception {
        when(importer.importDossier(JSON, DossierFormat.JSON)).thenReturn(RECORDED);

        mvc.perform(post("/api/dossiers").contentType(MediaType.APPLICATION_JSON).content(JSON).with(csrf()))
                .andExpect(status().isCreated());

        verify(importer).importDossier(JSON, DossierFormat.JSON);
    }

    @Test
    void theTextIsDecodedInTheCharsetNamedAndWithoutAByteOrderMark() throws Exception {
        when(importer.importDossier(YAML, DossierFormat.YAML)).thenReturn(RECORDED);

        mvc.perform(post("/api/dossiers").contentType("text/yaml;charset=UTF-16")
                        .content(YAML.getBytes(StandardCharsets.UTF_16)).with(csrf()))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/dossiers").contentType("application/yaml")
                        .content(utf8("\uFEFF" + YAML)).with(csrf()))
                .andExpect(status().isCreated());
    }

    @Test
    void bytesThatAreNotTextAreABadRequest() throws Exception {
        mvc.perform(post("/api/dossiers").contentType("application/yaml").content(new byte[]{'a', (byte) 0xC3, '('}).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("not valid UTF-8")));
        verifyNoInteractions(importer);
    }

    @Test
    void aRejectedDossierIsAnUnprocessableProblemListingEveryError() throws Exception {
        when(importer.importDossier(anyString(), any())).thenThrow(new DossierRejected(List.of(
                new DossierError("facts[3] (id 'trump-putin-call')", "provenance.source", "is missing"),
                new DossierError("dossier", "", "has no facts"))));

        mvc.perform(post("/api/dossiers").contentType("application/yaml").content(YAML).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.type").value("urn:negotiation-tracker:problem:dossier-rejected"))
                .andExpect(jsonPath("$.title").value("Dossier rejected"))
                .andExpect(jsonPath("$.detail").value(containsString("nothing of it was recorded: 2 errors")))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].entry").value("facts[3] (id 'trump-putin-call')"))
                .andExpect(jsonPath("$.errors[0].field").value("provenance.source"))
                .andExpect(jsonPath("$.errors[0].message").value("is missing"))
                .andExpect(jsonPath("$.errors[1].entry").value("dossier"));
    }

    @Test
    void anotherMediaTypeIsUnsupportedNamingTheAcceptedOnes() throws Exception {
        mvc.perform(post("/api/dossiers").contentType(MediaType.TEXT_PLAIN).content(YAML).with(csrf()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.ACCEPT, containsString("application/x-yaml")))
                .andExpect(jsonPath("$.status").value(415))
                .andExpect(jsonPath("$.type").value("urn:negotiation-tracker:problem:unsupported-media-type"))
                .andExpect(jsonPath("$.detail").value(containsString("'text/plain' is not supported")))
                .andExpect(jsonPath("$.detail").value(containsString(
                        "send one of application/yaml, application/x-yaml, text/yaml, application/json")))
                .andExpect(jsonPath("$.accepted", containsInAnyOrder("application/yaml", "application/x-yaml",
                        "text/yaml", "application/json")));
        mvc.perform(post("/api/dossiers").content(YAML).with(csrf()))
                .andExpect(status().isUnsupportedMediaType());
        verifyNoInteractions(importer);
    }

    @Test
    void aDossierOverFiveMegabytesIsTooLargeNamingTheLimit() throws Exception {
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(large, (byte) '#');

        mvc.perform(post("/api/dossiers").contentType("application/yaml").content(large).with(csrf()))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.type").value("urn:negotiation-tracker:problem:dossier-too-large"))
                .andExpect(jsonPath("$.detail").value("a dossier may be at most 5 MB (5242880 bytes); split this one"))
                .andExpect(jsonPath("$.limit").value("5 MB"))
                .andExpect(jsonPath("$.limitBytes").value(5242880));
        verifyNoInteractions(importer);
    }

    @Test
    void aDossierOfFiveMegabytesIsRead() throws Exception {
        byte[] five = new byte[5 * 1024 * 1024];
        Arrays.fill(five, (byte) '#');
        when(importer.importDossier(anyString(), any())).thenReturn(NOTHING_NEW);

        mvc.perform(post("/api/dossiers").contentType("application/yaml").content(five).with(csrf()))
                .andExpect(status().isOk());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
