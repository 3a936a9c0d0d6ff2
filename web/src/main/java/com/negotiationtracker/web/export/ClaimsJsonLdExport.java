package com.negotiationtracker.web.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.negotiationtracker.query.claims.AppearanceView;
import com.negotiationtracker.query.claims.ClaimDetail;
import com.negotiationtracker.query.claims.ClaimSourceView;
import com.negotiationtracker.query.claims.ExportClaims;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * {@code GET /api/export/claims.jsonld}: the claims ledger as schema.org {@code Claim}s in JSON-LD, one
 * {@code @graph} of them: each claim's text, its {@code author} (the actor who asserted it), {@code datePublished}
 * (its first appearance in print), {@code firstAppearance} and every {@code appearance} as a {@code CreativeWork}
 * (identifier, name, url, datePublished, publisher), and its status as {@code creativeWorkStatus}.
 * <p>
 * Streamed: the ledger is read in batches of {@value #BATCH} claims and each batch is written and dropped before the
 * next is read, so an export holds one batch in memory however large the ledger is.
 */
@Tag(name = "Exports")
@RestController
public class ClaimsJsonLdExport {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    static final String FILENAME = "claims.jsonld";
    static final int BATCH = 100;
    static final String CLAIM_ID = "urn:negotiation-tracker:claim:";
    static final String SOURCE_ID = "urn:negotiation-tracker:source:";
    static final String ACTOR_ID = "urn:negotiation-tracker:actor:";

    private final QueryGateway queries;
    private final JsonMapper json;

    public ClaimsJsonLdExport(QueryGateway queries, JsonMapper json) {
        this.queries = queries;
        this.json = json;
    }

    @Operation(summary = "The claims ledger as schema.org Claims in JSON-LD",
            description = "Streamed whole as a download (an export is not paged): it holds one batch in memory.")
    @GetMapping(path = "/api/export/claims.jsonld", produces = {"application/ld+json", "application/json"})
    public ResponseEntity<StreamingResponseBody> claims() {
        StreamingResponseBody body = out -> {
            OutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
            try (JsonGenerator generator = json.createGenerator(buffered)) {
                generator.writeStartObject();
                generator.writeStringProperty("@context", "https://schema.org");
                generator.writeArrayPropertyStart("@graph");
                ExportClaims batch = ExportClaims.first(BATCH);
                List<ClaimDetail> claims;
                while (!(claims = batch(batch)).isEmpty()) {
                    for (ClaimDetail claim : claims) {
                        claim(generator, claim);
                    }
                    generator.flush();
                    batch = batch.after(claims.get(claims.size() - 1));
                }
                generator.writeEndArray();
                generator.writeEndObject();
            }
            buffered.flush();
        };
        return ResponseEntity.ok()
                .contentType(JSON_LD)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(FILENAME).build().toString())
                .body(body);
    }

    private List<ClaimDetail> batch(ExportClaims query) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(ClaimDetail.class)).join();
    }

    private static void claim(JsonGenerator out, ClaimDetail claim) {
        out.writeStartObject();
        out.writeStringProperty("@type", "Claim");
        out.writeStringProperty("@id", CLAIM_ID + claim.id());
        out.writeStringProperty("identifier", claim.id());
        out.writeStringProperty("text", claim.summary());
        out.writeStringProperty("genre", claim.kind());
        out.writeStringProperty("creativeWorkStatus", claim.status().label());
        out.writeName("author");
        out.writeStartObject();
        out.writeStringProperty("@id", ACTOR_ID + claim.assertedBy());
        out.writeStringProperty("identifier", claim.assertedBy());
        out.writeEndObject();
        if (claim.firstAppearance() != null) {
            out.writeStringProperty("datePublished", claim.firstAppearance().provenance().source().publishedAt());
            out.writeName("firstAppearance");
            creativeWork(out, claim.firstAppearance());
        }
        out.writeArrayPropertyStart("appearance");
        for (AppearanceView appearance : claim.appearances()) {
            creativeWork(out, appearance);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** Where the claim appeared: the source document, as a schema.org {@code CreativeWork}. */
    private static void creativeWork(JsonGenerator out, AppearanceView appearance) {
        ClaimSourceView source = appearance.provenance().source();
        out.writeStartObject();
        out.writeStringProperty("@type", "CreativeWork");
        out.writeStringProperty("@id", SOURCE_ID + source.reference());
        out.writeStringProperty("identifier", source.reference());
        if (source.title() != null) {
            out.writeStringProperty("name", source.title());
        }
        if (source.url() != null) {
            out.writeStringProperty("url", source.url());
        }
        out.writeStringProperty("datePublished", source.publishedAt());
        if (source.outlet() != null) {
            out.writeName("publisher");
            out.writeStartObject();
            out.writeStringProperty("@type", "Organization");
            out.writeStringProperty("name", source.outlet());
            out.writeEndObject();
        }
        out.writeEndObject();
    }
}
