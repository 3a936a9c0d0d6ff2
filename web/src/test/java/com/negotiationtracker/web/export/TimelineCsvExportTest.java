package com.negotiationtracker.web.export;

import com.negotiationtracker.query.export.TimelineRow;
import com.negotiationtracker.query.export.TimelineRows;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.StringReader;
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
@WebMvcTest(TimelineCsvExport.class)
class TimelineCsvExportTest {

    private static final TimelineRow SWAP = new TimelineRow("us-russia-prisoner-swap", "us-russia", "prisoner-swap",
            "A prisoner swap was initiated; the Kremlin called it \"a positive step\", towards trust.", "2025-02-11",
            "DAY", false, Instant.parse("2025-02-11T00:00:00Z"), Instant.parse("2025-02-12T00:00:00Z"),
            List.of("united-states", "russia"), List.of(), "kremlin", "statement", null, "seed-article", null, null,
            null, "2025-02-12", "{\"parties\":[\"united-states\",\"russia\"]}", Instant.parse("2026-01-05T09:00:00Z"),
            30L);
    private static final TimelineRow STATEMENT = new TimelineRow("zelenskiy-meaningful-conversation", "us-ukraine",
            "statement", "Zelenskiy called the conversation\nmeaningful.", "2025-02-12", "DAY", true,
            Instant.parse("2025-02-12T00:00:00Z"), Instant.parse("2025-02-13T00:00:00Z"), List.of("zelenskiy"),
            List.of("peace", "cooperation", "technology"), "zelenskiy", "social media", "I had a meaningful "
            + "conversation with @POTUS.", "seed-article", "Reuters", "Calls", "https://example.org/r", "2025-02-12",
            "{}", Instant.parse("2026-01-05T09:00:01Z"), null);

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private TimelineRows timeline;

    @Test
    void streamsTheTimelineAsCsvThatParsesBack() throws Exception {
        theTimelineHolds(SWAP, STATEMENT);

        MvcResult started = mvc.perform(get("/api/export/timeline.csv"))
                .andExpect(request().asyncStarted())
                .andReturn();
        MvcResult result = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"timeline.csv\""))
                .andReturn();

        List<CSVRecord> records = parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(records).hasSize(2);
        CSVRecord swap = records.get(0);
        assertThat(swap.get("fact_id")).isEqualTo("us-russia-prisoner-swap");
        assertThat(swap.get("summary")).as("commas and quotes survive").isEqualTo(SWAP.summary());
        assertThat(swap.get("valid_from")).isEqualTo("2025-02-11T00:00:00Z");
        assertThat(swap.get("actors")).isEqualTo("united-states;russia");
        assertThat(swap.get("issues")).isEmpty();
        assertThat(swap.get("quote")).as("what the reporting leaves out is empty").isEmpty();
        assertThat(swap.get("details")).isEqualTo(SWAP.details());
        assertThat(swap.get("global_position")).isEqualTo("30");
        CSVRecord statement = records.get(1);
        assertThat(statement.get("summary")).as("a line break stays in its field").isEqualTo(STATEMENT.summary());
        assertThat(statement.get("issues").split(";")).containsExactly("peace", "cooperation", "technology");
        assertThat(statement.get("valid_time_approximate")).isEqualTo("true");
        assertThat(statement.get("source_outlet")).isEqualTo("Reuters");
        assertThat(statement.get("recorded_at")).isEqualTo("2026-01-05T09:00:01Z");
        assertThat(statement.get("global_position")).isEmpty();
    }

    @Test
    void anEmptyTimelineIsTheHeaderAlone() throws Exception {
        theTimelineHolds();

        MvcResult started = mvc.perform(get("/api/export/timeline.csv")).andReturn();
        MvcResult result = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();

        String csv = result.getResponse().getContentAsString();
        assertThat(csv).startsWith("fact_id,track,kind,summary,");
        assertThat(parse(csv)).isEmpty();
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            assertThat(parser.getHeaderNames()).containsExactly(TimelineCsvExport.COLUMNS);
            return parser.getRecords();
        }
    }

    @SuppressWarnings("unchecked")
    private void theTimelineHolds(TimelineRow... rows) {
        doAnswer(invocation -> {
            Consumer<TimelineRow> sink = invocation.getArgument(0);
            for (TimelineRow row : rows) {
                sink.accept(row);
            }
            return null;
        }).when(timeline).forEach(any(Consumer.class));
    }
}
