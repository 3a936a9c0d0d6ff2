package com.negotiationtracker.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a verification of the chain found.
 *
 * @param verdict            what it found, in one word
 * @param count              how many events the chain seals now
 * @param verified           how many events, from the first, were recomputed and matched their seals
 * @param head               the recomputed seal of the last event, when the whole chain was recomputed and matched
 * @param notYetSealed       events stored but not sealed yet: the processor has not reached them; not tampering
 * @param firstUnsealedIndex the lowest global index among those, if any
 * @param since              the digest compared with, for {@link HasOnlyGrownSince}
 * @param firstBadEvent      the first event that no longer matches, for {@link Verdict#TAMPERED}
 * @param detail             the finding in a sentence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(Verdict verdict, long count, long verified, String head, long notYetSealed,
                           Long firstUnsealedIndex, Digest since, BrokenSeal firstBadEvent, String detail) {
}
