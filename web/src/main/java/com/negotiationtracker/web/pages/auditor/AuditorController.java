package com.negotiationtracker.web.pages.auditor;

import com.negotiationtracker.query.audit.CurrentDigest;
import com.negotiationtracker.query.audit.Digest;
import com.negotiationtracker.query.audit.HasOnlyGrownSince;
import com.negotiationtracker.query.audit.IsChainIntact;
import com.negotiationtracker.query.audit.Verification;
import com.negotiationtracker.query.claims.ClaimDetail;
import com.negotiationtracker.query.claims.ClaimPage;
import com.negotiationtracker.query.claims.ClaimStatus;
import com.negotiationtracker.query.claims.ClaimSummary;
import com.negotiationtracker.query.claims.FindClaim;
import com.negotiationtracker.query.claims.FindClaims;
import com.negotiationtracker.web.problem.InvalidParameter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static com.negotiationtracker.web.timeline.QueryParameters.kind;
import static com.negotiationtracker.web.timeline.QueryParameters.status;
import static com.negotiationtracker.web.timeline.QueryParameters.answer;
import static com.negotiationtracker.web.timeline.QueryParameters.slug;

/**
 * The auditor's page: the claims ledger by first appearance, each claim with who asserted it, where and when it first
 * appeared, its later appearances, disputes and corrections; and the verification of the event log's chain with the
 * digest to keep (or, given a digest kept earlier, whether the log has only grown since).
 */
@Controller
public class AuditorController {

    static final String PATH = "/auditor";
    static final int CLAIMS_A_PAGE = 50;

    private final QueryGateway queries;

    public AuditorController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(PATH)
    public String auditor(@RequestParam(required = false) String actor,
                          @RequestParam(required = false) String source,
                          @RequestParam(required = false) String kind,
                          @RequestParam(required = false) String status,
                          @RequestParam(required = false) String track,
                          @RequestParam(required = false) Integer page,
                          @RequestParam(required = false) String digest,
                          @RequestParam(required = false) Long count,
                          Model model) {
        int number = page == null ? 0 : page;
        if (number < 0) {
            throw new InvalidParameter("page", "page counts from 0, not " + number);
        }
        FindClaims query = new FindClaims(slug("actor", actor), slug("source", source), kind(kind), status(status),
                slug("track", track), null, number, CLAIMS_A_PAGE, false);
        ClaimPage claims = answer(queries.query(query, ResponseTypes.instanceOf(ClaimPage.class)));
        Map<String, ClaimDetail> details = new LinkedHashMap<>();
        for (ClaimSummary claim : claims.claims()) {
            detail(claim).ifPresent(found -> details.put(claim.id(), found));
        }

        model.addAttribute("filter", query);
        model.addAttribute("statuses", ClaimStatus.values());
        model.addAttribute("claims", claims);
        model.addAttribute("details", details);
        model.addAttribute("previousPage", number > 0 ? pageLink(query, number - 1) : null);
        model.addAttribute("nextPage", (long) (number + 1) * CLAIMS_A_PAGE < claims.total()
                ? pageLink(query, number + 1) : null);
        model.addAttribute("verification", answer(queries.query(new IsChainIntact(),
                ResponseTypes.instanceOf(Verification.class))));
        model.addAttribute("digest", answer(queries.query(new CurrentDigest(),
                ResponseTypes.instanceOf(Digest.class))));
        kept(digest, count).ifPresent(since -> model.addAttribute("sinceKept", answer(queries.query(
                new HasOnlyGrownSince(since), ResponseTypes.instanceOf(Verification.class)))));
        return "auditor";
    }

    private Optional<ClaimDetail> detail(ClaimSummary claim) {
        return answer(queries.query(new FindClaim(claim.track(), claim.factId()),
                ResponseTypes.optionalInstanceOf(ClaimDetail.class)));
    }

    /** A digest the auditor kept and typed in, to compare the log with; empty when none was given. */
    private static Optional<Digest> kept(String digest, Long count) {
        boolean hasDigest = digest != null && !digest.isBlank();
        if (!hasDigest && count == null) {
            return Optional.empty();
        }
        if (!hasDigest) {
            throw new InvalidParameter("digest", "'count' needs the 'digest' it was taken with");
        }
        if (count == null) {
            throw new InvalidParameter("count", "'digest' needs the 'count' of events it was taken at");
        }
        try {
            return Optional.of(new Digest(count, digest.strip()));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidParameter("digest", invalid.getMessage());
        }
    }

    private static String pageLink(FindClaims query, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(PATH);
        add(url, "actor", query.actor());
        add(url, "source", query.source());
        add(url, "kind", query.kind());
        add(url, "status", query.status() == null ? null : query.status().label());
        add(url, "track", query.track());
        return url.queryParam("page", page).build().encode().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, String value) {
        if (value != null) {
            url.queryParam(name, value);
        }
    }
}
