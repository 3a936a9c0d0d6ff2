package com.negotiationtracker.query.audit;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the chain from the event table and compares it with the seals: answers the audit queries. The seals and
 * the rows they name are read through one forward-only cursor in chain order, and each seal is recomputed from the
 * previous recomputed one, so that a chain of any length is verified in constant memory and the first event whose
 * stored form no longer matches is named. Events stored but not sealed yet (the processor has not reached them) are
 * counted, not taken for tampering.
 * <p>
 * A digest an auditor kept ({@link Digest}) proves more than the chain alone can: whoever can rewrite the event table
 * can rewrite the seals too, but cannot make the first {@code count} events hash to the digest taken before.
 */
@Component
public class ChainVerifier {

    private final ChainStore store;
    private final TransactionTemplate reading;

    ChainVerifier(ChainStore store, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
        // one snapshot for the chain, its head and the unsealed count, while the processor goes on sealing
        this.reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @QueryHandler
    public Digest handle(CurrentDigest query) {
        return reading.execute(status -> {
            Seal last = store.lastSeal();
            return new Digest(last.chainIndex(), last.hash());
        });
    }

    @QueryHandler
    public Verification handle(IsChainIntact query) {
        return reading.execute(status -> {
            Seal last = store.lastSeal();
            Walk walk = walk(last.chainIndex());
            ChainStore.Unsealed unsealed = store.unsealed();
            if (walk.broken != null) {
                return new Verification(Verdict.TAMPERED, last.chainIndex(), walk.verified, null, unsealed.count(),
                        unsealed.firstGlobalIndex(), null, walk.broken, walk.broken.detail());
            }
            return new Verification(Verdict.INTACT, last.chainIndex(), walk.verified, walk.head, unsealed.count(),
                    unsealed.firstGlobalIndex(), null, null, "all " + walk.verified + " sealed events are stored as "
                    + "they were sealed" + (unsealed.count() == 0 ? "" : "; " + unsealed.count()
                    + " more are stored and not sealed yet"));
        });
    }

    @QueryHandler
    public Verification handle(HasOnlyGrownSince query) {
        Digest since = query.digest();
        return reading.execute(status -> {
            Seal last = store.lastSeal();
            ChainStore.Unsealed unsealed = store.unsealed();
            if (last.chainIndex() < since.count()) {
                return new Verification(Verdict.SHORTER, last.chainIndex(), 0, null, unsealed.count(),
                        unsealed.firstGlobalIndex(), since, null, "the chain seals " + last.chainIndex()
                        + " events, fewer than the " + since.count() + " of the digest"
                        + (unsealed.count() == 0 ? ": events were removed"
                        : "; " + unsealed.count() + " stored events are not sealed yet: ask again when they are"));
            }
            Walk walk = walk(since.count());
            if (walk.broken != null) {
                return new Verification(Verdict.TAMPERED, last.chainIndex(), walk.verified, null, unsealed.count(),
                        unsealed.firstGlobalIndex(), since, walk.broken, walk.broken.detail());
            }
            if (!walk.head.equals(since.head())) {
                return new Verification(Verdict.DIVERGED, last.chainIndex(), walk.verified, null, unsealed.count(),
                        unsealed.firstGlobalIndex(), since, null, "the first " + since.count() + " events match "
                        + "their seals but hash to " + walk.head + ", not to the digest " + since.head()
                        + ": the events and their seals were rewritten since the digest was taken, or the digest is "
                        + "not of this log");
            }
            long grown = last.chainIndex() - since.count();
            return new Verification(Verdict.ONLY_GROWN, last.chainIndex(), walk.verified, null, unsealed.count(),
                    unsealed.firstGlobalIndex(), since, null, "the first " + since.count() + " events still hash to "
                    + "the digest: the log has only grown since, by " + grown + (grown == 1 ? " event" : " events"));
        });
    }

    /** Recomputes the seals from the first up to {@code lastChainIndex}, stopping at the first that does not match. */
    private Walk walk(long lastChainIndex) {
        Walk walk = new Walk();
        store.walk(lastChainIndex, walk::check);
        return walk;
    }

    /** The state of one walk along the chain: the seal recomputed so far, and the first break, if any. */
    private static final class Walk {
        private long verified;
        private String head = ChainHash.GENESIS;
        private BrokenSeal broken;

        boolean check(Seal seal, StoredEvent stored) {
            long expected = verified + 1;
            if (seal.chainIndex() != expected) {
                return broken(seal, Breach.CHAIN_ALTERED, "the chain has no seal " + expected + ": it goes on at seal "
                        + seal.chainIndex() + " (event " + seal.eventIdentifier() + ", global index "
                        + seal.globalIndex() + ")");
            }
            if (!seal.previousHash().equals(head)) {
                return broken(seal, Breach.CHAIN_ALTERED, "seal " + seal.chainIndex() + " was made after a seal "
                        + seal.previousHash() + ", but the events before it hash to " + head
                        + ": the seal before it, or the event it seals, was rewritten");
            }
            if (stored == null) {
                return broken(seal, Breach.DELETED, "event " + seal.eventIdentifier() + " (global index "
                        + seal.globalIndex() + ") was sealed but the event table no longer holds it");
            }
            if (!stored.eventIdentifier().equals(seal.eventIdentifier())) {
                return broken(seal, Breach.DISPLACED, "global index " + seal.globalIndex() + " was sealed holding "
                        + "event " + seal.eventIdentifier() + " but now holds event " + stored.eventIdentifier());
            }
            String recomputed = ChainHash.of(head, stored);
            if (!recomputed.equals(seal.hash())) {
                return broken(seal, Breach.ALTERED, "event " + seal.eventIdentifier() + " (global index "
                        + seal.globalIndex() + ", " + stored.payloadType() + ") is no longer stored as it was "
                        + "sealed: its row hashes to " + recomputed + ", not to its seal " + seal.hash()
                        + " (the row, or its seal, was changed)");
            }
            head = recomputed;
            verified++;
            return true;
        }

        private boolean broken(Seal seal, Breach breach, String detail) {
            broken = new BrokenSeal(seal.chainIndex(), seal.globalIndex(), seal.eventIdentifier(), breach, detail);
            return false;
        }
    }
}
