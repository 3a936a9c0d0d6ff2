package com.negotiationtracker.web.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.PositiveOrZero;
import com.negotiationtracker.query.audit.CurrentDigest;
import com.negotiationtracker.query.audit.Digest;
import com.negotiationtracker.query.audit.HasOnlyGrownSince;
import com.negotiationtracker.query.audit.IsChainIntact;
import com.negotiationtracker.query.audit.Verification;
import com.negotiationtracker.web.problem.InvalidParameter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The tamper evidence of the event log, for auditors.
 * <ul>
 *     <li>{@code GET /api/audit/digest}: how many events are sealed and the last seal ({@code {count, head}}): keep
 *     it, to prove later that the log only grew;</li>
 *     <li>{@code GET /api/audit/verify}: recomputes the chain from the stored events: {@code INTACT}, or
 *     {@code TAMPERED} naming the first event whose stored form no longer matches ({@code firstBadEvent});</li>
 *     <li>{@code GET /api/audit/verify?digest=...&count=...}: whether the first {@code count} events still hash to the
 *     digest kept: {@code ONLY_GROWN}, {@code TAMPERED}, {@code DIVERGED} or {@code SHORTER}.</li>
 * </ul>
 * A verification that finds tampering is still a successful answer (200): its verdict says what it found.
 */
@Tag(name = "Audit")
@RestController
@RequestMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
public class AuditController {

    private final QueryGateway queries;

    public AuditController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "How many events are sealed and the last seal: keep it to prove later that the log only grew")
    @GetMapping("/digest")
    public Digest digest() {
        return answer(queries.query(new CurrentDigest(), ResponseTypes.instanceOf(Digest.class)));
    }

    /**
     * @param digest a head an auditor kept from {@code /api/audit/digest} (64 hex digits), with its {@code count}
     * @param count  how many events that digest counted
     */
    @Operation(summary = "Recomputes the tamper-evident chain, or checks that the log only grew since a kept digest",
            description = "A verdict that finds tampering is still a 200: the verdict says what was found.")
    @GetMapping("/verify")
    public Verification verify(@Parameter(description = "a head kept from /api/audit/digest (64 hex digits), with"
                                       + " its count")
                               @RequestParam(required = false) String digest,
                               @Parameter(description = "how many events that digest counted")
                               @RequestParam(required = false) @PositiveOrZero Long count) {
        boolean hasDigest = digest != null && !digest.isBlank();
        if (!hasDigest && count == null) {
            return answer(queries.query(new IsChainIntact(), ResponseTypes.instanceOf(Verification.class)));
        }
        if (!hasDigest) {
            throw new InvalidParameter("digest", "'count' needs the 'digest' it was taken with");
        }
        if (count == null) {
            throw new InvalidParameter("count", "'digest' needs the 'count' of events it was taken at");
        }
        Digest since;
        try {
            since = new Digest(count, digest.strip());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidParameter("digest", invalid.getMessage());
        }
        return answer(queries.query(new HasOnlyGrownSince(since), ResponseTypes.instanceOf(Verification.class)));
    }

    /** The query's answer, or the exception the query handler threw (not wrapped). */
    private static <R> R answer(CompletableFuture<R> answer) {
        try {
            return answer.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
