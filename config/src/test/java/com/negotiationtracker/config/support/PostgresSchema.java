package com.negotiationtracker.config.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh PostgreSQL schema per test class on the machine's server (127.0.0.1:5432, database {@code test}), so
 * that test classes neither see nor disturb each other's events. Flyway creates the schema and migrates it.
 */
public final class PostgresSchema {

    private PostgresSchema() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        newSchema().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The same settings as command-line arguments ({@code --name=value}), for a tracker a test starts itself. */
    public static List<String> arguments() {
        return newSchema().entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toList();
    }

    private static Map<String, String> newSchema() {
        String schema = "tracker_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String host = System.getenv().getOrDefault("POSTGRES_HOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("POSTGRES_PORT", "5432");
        String database = System.getenv().getOrDefault("POSTGRES_DB", "test");
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url",
                "jdbc:postgresql://" + host + ":" + port + "/" + database + "?currentSchema=" + schema);
        settings.put("spring.flyway.schemas", schema);
        settings.put("spring.flyway.create-schemas", "true");
        settings.put("spring.jpa.properties.hibernate.default_schema", schema);
        return settings;
    }
}
