package com.negotiationtracker.query.batch;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;

/**
 * Which database a data source reaches, as its driver names it ("H2", "PostgreSQL"): where the tracker's SQL or its
 * handling of transactions differs between the embedded default and production.
 */
public enum DatabaseProduct {
    H2, POSTGRESQL, OTHER;

    /** The database behind {@code dataSource}; {@link #OTHER} when its driver names another, or cannot be asked. */
    public static DatabaseProduct of(DataSource dataSource) {
        try {
            String name = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "H2".equals(name) ? H2 : "PostgreSQL".equals(name) ? POSTGRESQL : OTHER;
        } catch (MetaDataAccessException unknown) {
            return OTHER;
        }
    }
}
