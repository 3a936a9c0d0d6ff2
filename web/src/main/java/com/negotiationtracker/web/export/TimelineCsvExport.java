package com.negotiationtracker.web.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.negotiationtracker.query.export.TimelineRow;
import com.negotiationtracker.query.export.TimelineRows;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code GET /api/export/timeline.csv}: the timeline read model as CSV (RFC 4180, UTF-8, a header row), one fact a
 * row in the timeline's order: valid time first, then the order of recording. Lists (actors, issues) are joined with
 * {@value #LIST_SEPARATOR}; the kind-specific details are the read model's JSON; what the reporting leaves out is an
 * empty field. Streamed as the read model is read, in constant memory.
 */
@Tag(name = "Exports")
@RestController
public class TimelineCsvExport {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final String FILENAME = "timeline.csv";
    static final String LIST_SEPARATOR = ";";
    static final String[] COLUMNS = {"fact_id", "track", "kind", "summary", "valid_time", "valid_time_precision",
            "valid_time_approximate", "valid_from", "valid_until", "actors", "issues", "asserted_by", "channel",
            "quote", "source_reference", "source_outlet", "source_title", "source_url", "source_published_at",
            "details", "recorded_at", "global_position"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS).get();

    private final TimelineRows timeline;

    public TimelineCsvExport(TimelineRows timeline) {
        this.timeline = timeline;
    }

    @Operation(summary = "The timeline as CSV (RFC 4180, UTF-8), one fact a row",
            description = "Streamed whole as a download (an export is not paged): it holds one batch in memory.")
    @GetMapping(path = "/api/export/timeline.csv", produces = "text/csv")
    public ResponseEntity<StreamingResponseBody> timeline() {
        StreamingResponseBody body = out -> {
            CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    64 * 1024), FORMAT);
            try {
                timeline.forEach(row -> print(csv, row));
            } catch (UncheckedIOException clientGone) {
                throw clientGone.getCause();
            }
            csv.flush();
        };
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(FILENAME).build().toString())
                .body(body);
    }

    private static void print(CSVPrinter csv, TimelineRow row) {
        try {
            csv.printRecord(row.factId(), row.track(), row.kind(), row.summary(), row.validTime(),
                    row.validTimePrecision(), row.validTimeApproximate(), row.validFrom(), row.validUntil(),
                    list(row.actors()), list(row.issues()), row.assertedBy(), row.channel(), row.quote(),
                    row.sourceReference(), row.sourceOutlet(), row.sourceTitle(), row.sourceUrl(),
                    row.sourcePublishedAt(), row.details(), row.recordedAt(), row.globalPosition());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String list(List<String> values) {
        return String.join(LIST_SEPARATOR, values);
    }
}
