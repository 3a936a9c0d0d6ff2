package com.negotiationtracker.web.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.negotiationtracker.query.export.PloverExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/export/events.jsonl}: every recorded fact as a PLOVER event record with its CAMEO code where one fits
 * ({@link com.negotiationtracker.query.export.PloverEvent}), one JSON object a line (JSON Lines, as PLOVER suggests),
 * in the order the event store holds them. Streamed as the store is read: the export of a large store holds one
 * batch of events in memory, not the store.
 * <p>
 * Served as {@code application/x-ndjson}, or as {@code application/jsonl} to a client that asks for that name.
 */
@Tag(name = "Exports")
@RestController
public class EventsJsonlExport {

    static final MediaType NDJSON = MediaType.APPLICATION_NDJSON;
    static final MediaType JSONL = MediaType.parseMediaType("application/jsonl");
    static final String FILENAME = "events.jsonl";

    private final PloverExport export;
    private final JsonMapper json;

    public EventsJsonlExport(PloverExport export, JsonMapper json) {
        this.export = export;
        this.json = json;
    }

    @Operation(summary = "Every recorded fact as a PLOVER event record, one JSON object a line",
            description = "Streamed whole as a download (an export is not paged): it holds one batch in memory.")
    @GetMapping(path = "/api/export/events.jsonl", produces = {MediaType.APPLICATION_NDJSON_VALUE, "application/jsonl"})
    public ResponseEntity<StreamingResponseBody> events(
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        StreamingResponseBody body = out -> {
            OutputStream lines = new BufferedOutputStream(out, 64 * 1024);
            try {
                export.forEachFact(event -> line(lines, json.writeValueAsBytes(event)));
            } catch (UncheckedIOException clientGone) {
                throw clientGone.getCause();
            }
            lines.flush();
        };
        return ResponseEntity.ok()
                .contentType(asksForJsonl(accept) ? JSONL : NDJSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(FILENAME).build().toString())
                .body(body);
    }

    private static void line(OutputStream out, byte[] json) {
        try {
            out.write(json);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the client names {@code application/jsonl} and not {@code application/x-ndjson}. */
    private static boolean asksForJsonl(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        var accepted = MediaType.parseMediaTypes(accept);
        return accepted.stream().anyMatch(type -> type.equalsTypeAndSubtype(JSONL))
                && accepted.stream().noneMatch(type -> type.equalsTypeAndSubtype(NDJSON));
    }
}
