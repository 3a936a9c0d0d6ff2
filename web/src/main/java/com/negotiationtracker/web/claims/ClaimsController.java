package com.negotiationtracker.web.claims;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import com.negotiationtracker.query.claims.ClaimDetail;
import com.negotiationtracker.query.claims.ClaimPage;
import com.negotiationtracker.query.claims.ClaimSummary;
import com.negotiationtracker.query.claims.FindClaim;
import com.negotiationtracker.query.claims.FindClaims;
import com.negotiationtracker.web.problem.InvalidParameter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static com.negotiationtracker.web.timeline.QueryParameters.answer;
import static com.negotiationtracker.web.timeline.QueryParameters.kind;
import static com.negotiationtracker.web.timeline.QueryParameters.slug;
import static com.negotiationtracker.web.timeline.QueryParameters.status;

/**
 * The claims ledger: {@code GET /api/claims} lists claims by first appearance (filters, pages), and
 * {@code GET /api/claims/{track}/{factId}} answers one claim with its appearances, corroborations, disputes,
 * corrections, retractions and the events behind them. A claim's id is {@code track/factId}, so its address is
 * {@code /api/claims/} followed by its id; {@code GET /api/claims/{factId}} finds it by fact id alone when only one
 * track has that fact id.
 */
@Tag(name = "Claims ledger")
@RestController
@RequestMapping(path = "/api/claims", produces = MediaType.APPLICATION_JSON_VALUE)
public class ClaimsController {

    static final String FIRST_APPEARANCE = "firstAppearance";
    static final String NEWEST_FIRST = "-firstAppearance";

    private final QueryGateway queries;

    public ClaimsController(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * @param actor  an actor id: claims about it, asserted by it, or reported on by it
     * @param source a source reference: claims that appeared in it (or were disputed, corrected, retracted in it)
     * @param kind   a dossier kind of fact ({@code call}, {@code meeting-venue-considered} ...)
     * @param status asserted, corroborated, disputed, corrected or retracted
     * @param track  a track id
     * @param sort   {@code firstAppearance} (earliest first, the default) or {@code -firstAppearance}
     * @param page   the page, from 0
     * @param size   claims a page, 1 to 200 (20 by default)
     */
    @Operation(summary = "The claims ledger by first appearance, filtered, one page at a time")
    @GetMapping
    public ClaimPage claims(@Parameter(description = "an actor id: claims about it, asserted by it, or reported on"
                                    + " by it")
                            @RequestParam(required = false) String actor,
                            @Parameter(description = "a source reference: claims that appeared in it")
                            @RequestParam(required = false) String source,
                            @Parameter(description = "a dossier kind of fact")
                            @RequestParam(required = false) String kind,
                            @Parameter(description = "asserted, corroborated, disputed, corrected or retracted")
                            @RequestParam(required = false) String status,
                            @Parameter(description = "a track id") @RequestParam(required = false) String track,
                            @Parameter(description = "firstAppearance (earliest first, the default) or"
                                    + " -firstAppearance")
                            @RequestParam(required = false) String sort,
                            @Parameter(description = "which page, from 0 (default 0)")
                            @RequestParam(required = false) @Min(0) Integer page,
                            @Parameter(description = "claims a page, 1 to 200 (default 20)")
                            @RequestParam(required = false) @Min(1) @Max(FindClaims.MAX_SIZE) Integer size) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? FindClaims.DEFAULT_SIZE : size;
        FindClaims query = new FindClaims(slug("actor", actor), slug("source", source), kind(kind), status(status),
                slug("track", track), null, pageNumber, pageSize, newestFirst(sort));
        return answer(queries.query(query, ResponseTypes.instanceOf(ClaimPage.class)));
    }

    @Operation(summary = "One claim with its appearances, corroborations, disputes, corrections and retractions")
    @ApiResponse(responseCode = "200", description = "the claim", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "the track records no such fact",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/{track}/{factId}")
    public ClaimDetail claim(@Parameter(description = "the track id of the claim") @PathVariable String track,
                             @Parameter(description = "the fact id of the claim") @PathVariable String factId) {
        FindClaim query = new FindClaim(slug("track", track), slug("factId", factId));
        Optional<ClaimDetail> claim = answer(queries.query(query,
                ResponseTypes.optionalInstanceOf(ClaimDetail.class)));
        return claim.orElseThrow(() -> notFound("no claim '" + track + "/" + factId + "': track '" + track
                + "' records no fact '" + factId + "'"));
    }

    @Operation(summary = "One claim found by its fact id alone, when only one track has that fact id")
    @ApiResponse(responseCode = "200", description = "the claim", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "no track has that fact id",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/{factId}")
    public ClaimDetail claimByFactId(@Parameter(description = "a fact id") @PathVariable String factId) {
        FindClaims query = new FindClaims(null, null, null, null, null, slug("factId", factId), 0,
                FindClaims.MAX_SIZE, false);
        List<ClaimSummary> found = answer(queries.query(query, ResponseTypes.instanceOf(ClaimPage.class))).claims();
        if (found.isEmpty()) {
            throw notFound("no claim has the fact id '" + factId + "' in any track");
        }
        if (found.size() > 1) {
            throw new InvalidParameter("factId", "fact id '" + factId + "' names claims in several tracks: "
                    + String.join(", ", found.stream().map(ClaimSummary::id).toList())
                    + "; ask for /api/claims/{track}/{factId}");
        }
        return claim(found.get(0).track(), found.get(0).factId());
    }

    private static ErrorResponseException notFound(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setType(URI.create("urn:negotiation-tracker:problem:not-found"));
        problem.setTitle("Not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    private static boolean newestFirst(String sort) {
        if (sort == null || sort.isBlank() || sort.equals(FIRST_APPEARANCE)) {
            return false;
        }
        if (sort.equals(NEWEST_FIRST)) {
            return true;
        }
        throw new InvalidParameter("sort", "claims are sorted by first appearance: write sort=" + FIRST_APPEARANCE
                + " (earliest first) or sort=" + NEWEST_FIRST + " (latest first), not '" + sort + "'");
    }
}
