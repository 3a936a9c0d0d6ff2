package com.negotiationtracker.config.storage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate sends the inserts of one flush in JDBC batches instead of one statement (and one round trip) per row:
 * a dossier import appends thousands of events in one flush. The global index is still taken from the database
 * sequence one value at a time (see META-INF/orm.xml), so batching changes nothing about the order of events.
 */
@Configuration(proxyBeanMethods = false)
public class JdbcBatching {

    @Bean
    public HibernatePropertiesCustomizer batchedInserts(@Value("${tracker.jdbc.batch-size:100}") int batchSize) {
        return properties -> {
            properties.putIfAbsent("hibernate.jdbc.batch_size", batchSize);
            properties.putIfAbsent("hibernate.order_inserts", true);
        };
    }
}
