package com.negotiationtracker.config.production;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.UUID;

/** The machine's PostgreSQL server, as the integration tests reach it: one fresh schema per test. */
final class PostgresDatabase {

    private static final String HOST = System.getenv().getOrDefault("POSTGRES_HOST", "127.0.0.1");
    private static final String PORT = System.getenv().getOrDefault("POSTGRES_PORT", "5432");
    private static final String DATABASE = System.getenv().getOrDefault("POSTGRES_DB", "test");
    private static final String USER = System.getenv().getOrDefault("POSTGRES_USER", "postgres");

    private PostgresDatabase() {
    }

    static String freshSchema() {
        return "tracker_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static String url(String schema) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE + "?currentSchema=" + schema;
    }

    static JdbcTemplate jdbc(String schema) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url(schema), USER, "");
        return new JdbcTemplate(dataSource);
    }
}
