package com.negotiationtracker.config.axon;

import org.axonframework.config.Configuration;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The query bus, as Axon's auto-configuration makes it but opening no transaction around a query.
 * <p>
 * Every query handler reads in a read-only transaction of its own ({@code TransactionTemplate} with
 * {@code readOnly}). Axon's bus wraps each query in a read-write transaction first, which the handler's then only
 * joins, so the read-only setting was lost: Hibernate then tracked every row it mapped to an entity, and before each
 * native query compared all of them with their snapshots, to flush changes a read never makes. The positions' page
 * runs one query for each of its subjects' versions, so that check grew with every one of them: 40% of the page's
 * time. Without the bus's transaction, the handler's is the one that begins, and Spring makes it read-only
 * (Hibernate flushes nothing and keeps no snapshots; PostgreSQL is told the transaction reads only).
 * <p>
 * With Axon Server its connector makes the bus and wraps queries as before: correct, only slower.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
public class QueryBusConfiguration {

    @Bean
    @Qualifier("localSegment")
    public SimpleQueryBus queryBus(Configuration axon) {
        return SimpleQueryBus.builder()
                .messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
                .errorHandler(axon.getComponent(QueryInvocationErrorHandler.class,
                        () -> LoggingQueryInvocationErrorHandler.builder().build()))
                .queryUpdateEmitter(axon.getComponent(QueryUpdateEmitter.class))
                .spanFactory(axon.getComponent(QueryBusSpanFactory.class))
                .build();
    }
}
