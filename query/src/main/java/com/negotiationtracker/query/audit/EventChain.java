package com.negotiationtracker.query.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Seals every event the store holds, one after the other: each seal is the hash of the previous seal and of the
 * event's row as stored ({@link ChainHash}), kept in {@code event_chain}. Kept by the {@value #PROCESSING_GROUP}
 * processor, which the configuration runs with one segment, so that one thread appends at a time.
 * <p>
 * The row is read back by the event's identifier, not by the tracking token's index: when an event's transaction
 * commits after later events were handled (a gap in the global index that fills late), the token's index is that of
 * the later events. Such an event is sealed when it arrives, after them: the chain follows the order of sealing and
 * names each event's global index, and verification walks it in that order.
 * <p>
 * Sealing is idempotent: an event handled again (after a crash between the seal and the token update, or after the
 * token was removed) already has its seal and changes nothing. A replay must never re-seal the store: a seal made
 * from a row that was altered in the meantime would hide the alteration. {@link DisallowReplay} makes Axon refuse to
 * reset this processor ({@code supportsReset()} is false) and skip replayed events, and the idempotency covers a
 * token removed by hand.
 */
@Component
@ProcessingGroup(EventChain.PROCESSING_GROUP)
@DisallowReplay
public class EventChain {

    public static final String PROCESSING_GROUP = "audit-chain";

    private final ChainStore store;

    EventChain(ChainStore store) {
        this.store = store;
    }

    /** Every event, whatever its payload, and whether or not this application still knows its class. */
    @EventHandler
    public void on(Object payload, EventMessage<?> message) {
        seal(message.getIdentifier());
    }

    void seal(String eventIdentifier) {
        if (store.sealOf(eventIdentifier).isPresent()) {
            return;
        }
        StoredEvent stored = store.storedEvent(eventIdentifier).orElseThrow(() -> new IllegalStateException(
                "event " + eventIdentifier + " was handed to the audit chain but the event table does not hold it"));
        Seal last = store.lastSeal();
        store.append(new Seal(last.chainIndex() + 1, stored.globalIndex(), eventIdentifier, last.hash(),
                ChainHash.of(last.hash(), stored)));
    }
}
