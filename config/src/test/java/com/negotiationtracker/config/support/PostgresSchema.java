package com.negotiationtracker.config.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.UUID;

/**
 * A fresh PostgreSQL schema per test class on the machine's server (127.0.0.1:5432, database {@code test}), so
 * that test classes neither see nor disturb each other's events. Flyway creates the schema and migrates it.
 */
public final class PostgresSchema {

    private PostgresSchema() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        String schema = "tracker_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String host = System.getenv().getOrDefault("POSTGRES_HOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("POSTGRES_PORT", "5432");
        String database = System.getenv().getOrDefault("POSTGRES_DB", "test");
        registry.add("spring.datasource.url",
                () -> "jdbc:postgresql://" + host + ":" + port + "/" + database + "?currentSchema=" + schema);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.create-schemas", () -> "true");
        registry.add("spring.jpa.properties.hibernate.default_schema", () -> schema);
    }
}
