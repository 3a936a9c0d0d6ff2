package com.negotiationtracker.config.replay;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A projection the replay service has never heard of, added by the tests only: it counts the events its processor
 * hands it, so that a test sees every event handled once more after a replay. Not a component; a test registers it.
 */
@ProcessingGroup("replay-probe")
public class HandledEvents {

    private final AtomicLong handled = new AtomicLong();
    private final Set<String> distinct = ConcurrentHashMap.newKeySet();

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        handled.incrementAndGet();
        distinct.add(message.getIdentifier());
    }

    long handled() {
        return handled.get();
    }

    long distinct() {
        return distinct.size();
    }
}
