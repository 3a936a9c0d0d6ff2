package com.negotiationtracker.web.export;

import com.negotiationtracker.query.export.CiteInfo;
import com.negotiationtracker.query.export.PloverActor;
import com.negotiationtracker.query.export.PloverEvent;
import com.negotiationtracker.query.export.PloverExport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// may do everything: these tests are about answers; who may ask is config's AccessControlContract
@WithUserDetails("admin")
@WebMvcTest(EventsJsonlExport.class)
class EventsJsonlExportTest {

    private static final PloverEvent CALL = new PloverEvent("e1", "2025-02-12", null, null,
            List.of(new PloverActor("trump", "Trump"), new PloverActor("putin", "Putin")), List.of(),
            List.of("CONSULT"), List.of("phone"), List.of(), "041", "close to an hour and a half",
            new CiteInfo("seed-article", null, null, null, "2025-02-12"), "call", "us-russia", "trump-putin-call",
            "Trump and Putin held a phone call.", "kremlin", "statement", "DAY", false,
            Instant.parse("2026-01-05T09:00:00Z"), 14L);
    private static final PloverEvent SWAP = new PloverEvent("e2", "2025-02-11", null, null,
            List.of(new PloverActor("united-states", "United States")), List.of(), List.of("RETREAT"),
            List.of("release"), List.of("legal"), "0841", "A prisoner swap\nwas initiated.",
            new CiteInfo("seed-article", "Reuters", "A \"title\"", "https://example.org/a", "2025-02-12"),
            "prisoner-swap", "us-russia", "us-russia-prisoner-swap", "A prisoner swap\nwas initiated.", "kremlin",
            null, "DAY", false, Instant.parse("2026-01-05T09:00:01Z"), 15L);

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private PloverExport export;

    @Test
    void streamsOneJsonObjectALineThatParsesBack() throws Exception {
        theStoreHolds(CALL, SWAP);

        MvcResult started = mvc.perform(get("/api/export/events.jsonl"))
                .andExpect(request().asyncStarted())
                .andReturn();
        MvcResult result = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/x-ndjson"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"events.jsonl\""))
                .andReturn();

        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = body.lines().toList();
        assertThat(body).endsWith("\n");
        assertThat(lines).hasSize(2);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode call = json.readTree(lines.get(0));
        JsonNode swap = json.readTree(lines.get(1));
        assertThat(call.path("id").asString()).isEqualTo("e1");
        assertThat(call.path("cameo").asString()).isEqualTo("041");
        assertThat(call.path("event").get(0).asString()).isEqualTo("CONSULT");
        assertThat(call.path("mode").get(0).asString()).isEqualTo("phone");
        assertThat(call.has("context")).as("no context applies").isFalse();
        assertThat(call.has("recipient")).isFalse();
        assertThat(call.path("actor").get(1).path("identifier_text").asString()).isEqualTo("Putin");
        assertThat(call.path("cite_info").path("citation").asString()).isEqualTo("seed-article");
        assertThat(call.path("recorded_at").asString()).isEqualTo("2026-01-05T09:00:00Z");
        assertThat(swap.path("cameo").asString()).isEqualTo("0841");
        assertThat(swap.path("text").asString()).as("a line break stays inside its line")
                .isEqualTo("A prisoner swap\nwas initiated.");
        assertThat(swap.path("cite_info").path("title").asString()).isEqualTo("A \"title\"");
    }

    @Test
    void answersJsonLinesByThatNameToAClientThatAsksForIt() throws Exception {
        theStoreHolds(CALL);

        MvcResult started = mvc.perform(get("/api/export/events.jsonl").accept("application/jsonl"))
                .andExpect(request().asyncStarted())
                .andReturn();
        mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/jsonl"));
    }

    @Test
    void anEmptyStoreIsAnEmptyExport() throws Exception {
        theStoreHolds();

        MvcResult started = mvc.perform(get("/api/export/events.jsonl")).andReturn();
        MvcResult result = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();

        assertThat(result.getResponse().getContentAsString()).isEmpty();
    }

    @Test
    void aClientThatTakesNeitherJsonLinesTypeIsRefused() throws Exception {
        mvc.perform(get("/api/export/events.jsonl").accept("text/html"))
                .andExpect(status().isNotAcceptable());
    }

    @SuppressWarnings("unchecked")
    private void theStoreHolds(PloverEvent... events) {
        doAnswer(invocation -> {
            Consumer<PloverEvent> sink = invocation.getArgument(0);
            for (PloverEvent event : events) {
                sink.accept(event);
            }
            return (long) events.length;
        }).when(export).forEachFact(any(Consumer.class));
    }
}
