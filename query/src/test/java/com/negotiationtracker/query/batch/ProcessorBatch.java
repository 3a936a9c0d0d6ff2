package com.negotiationtracker.query.batch;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

import java.util.List;

/** Hands events to a projection as an event processor hands it a batch: all in one unit of work. */
public final class ProcessorBatch {

    private ProcessorBatch() {
    }

    public static void handle(EventMessageHandler handler, List<? extends EventMessage<?>> messages) {
        ResultMessage<Object> result = new BatchingUnitOfWork<EventMessage<?>>(List.copyOf(messages))
                .executeWithResult(() -> {
                    for (EventMessage<?> message : messages) {
                        handler.handle(message);
                    }
                    return null;
                });
        if (result.isExceptional()) {
            throw new IllegalStateException("the batch failed", result.exceptionResult());
        }
    }
}
