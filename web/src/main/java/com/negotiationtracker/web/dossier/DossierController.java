package com.negotiationtracker.web.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.negotiationtracker.core.dossier.DossierFormat;
import com.negotiationtracker.core.dossier.DossierImporter;
import com.negotiationtracker.core.dossier.ImportReport;
import com.negotiationtracker.web.problem.InvalidParameter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /api/dossiers}: imports a dossier sent as YAML ({@code application/yaml}, {@code application/x-yaml},
 * {@code text/yaml}) or JSON ({@code application/json}). Answers 201 with the import report when it recorded
 * something, 200 when the store already held all of it; a rejected dossier is a 422 problem listing every error.
 * <p>
 * The body is read up to the size limit ({@code tracker.dossiers.max-size}, 5 MB by default) and no
 * further: a larger one is a 413 problem naming the limit.
 */
@Tag(name = "Dossiers")
@RestController
@RequestMapping("/api/dossiers")
public class DossierController {

    static final String APPLICATION_X_YAML = "application/x-yaml";
    static final String TEXT_YAML = "text/yaml";

    private final DossierImporter importer;
    private final DataSize maxSize;

    public DossierController(DossierImporter importer,
                             @Value("${tracker.dossiers.max-size:5MB}") DataSize maxSize) {
        this.importer = importer;
        this.maxSize = maxSize;
    }

    @Operation(summary = "Imports a dossier (YAML or JSON): all of it or nothing (EDITOR)",
            description = "201 with the import report when it recorded something, 200 when the store already held all"
                    + " of it. At most tracker.dossiers.max-size (5 MB).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "the dossier, in the format its Content-Type names (docs/dossier-format.md)",
                    content = {@Content(mediaType = "application/yaml"), @Content(mediaType = "application/x-yaml"),
                            @Content(mediaType = "text/yaml"), @Content(mediaType = "application/json")}))
    @ApiResponse(responseCode = "201", description = "facts were recorded; the import report",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "the store already held all of it; nothing new was recorded",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "413", description = "the dossier is over the size limit; the problem names it",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "415",
            description = "a Content-Type other than YAML or JSON; the problem lists those accepted",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422",
            description = "the dossier was rejected whole; the problem lists every error, each naming its entry"
                    + " and field",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409",
            description = "another write changed the same track at the same moment; send it again",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping(consumes = {MediaType.APPLICATION_YAML_VALUE, APPLICATION_X_YAML, TEXT_YAML,
            MediaType.APPLICATION_JSON_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<DossierImportResponse> importDossier(HttpServletRequest request) throws IOException {
        MediaType contentType = MediaType.parseMediaType(request.getContentType());
        DossierFormat format = MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
                ? DossierFormat.JSON : DossierFormat.YAML;
        String content = decode(read(request), contentType);
        ImportReport report = importer.importDossier(content, format);
        return ResponseEntity.status(report.recordedNothing() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new DossierImportResponse(report));
    }

    /** The body, refused as soon as it is known to be over the limit: by its declared length, else by reading. */
    private byte[] read(HttpServletRequest request) throws IOException {
        long limit = maxSize.toBytes();
        if (request.getContentLengthLong() > limit) {
            throw new DossierTooLarge(maxSize);
        }
        try (InputStream body = request.getInputStream()) {
            byte[] content = body.readNBytes(Math.toIntExact(Math.min(limit + 1, Integer.MAX_VALUE - 8)));
            if (content.length > limit) {
                throw new DossierTooLarge(maxSize);
            }
            return content;
        }
    }

    /** The text in the charset the Content-Type names, UTF-8 otherwise (as YAML and JSON are), without a BOM. */
    private static String decode(byte[] content, MediaType contentType) {
        Charset charset = contentType.getCharset() != null ? contentType.getCharset() : StandardCharsets.UTF_8;
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notText) {
            throw new InvalidParameter("body", "the dossier is not valid " + charset.name() + " text");
        }
    }
}
