package com.negotiationtracker.config.storage;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.VarbinaryJdbcType;

/**
 * H2, with {@code @Lob byte[]} stored inline as {@code varbinary}.
 * <p>
 * Axon maps event payloads, metadata and tokens as {@code @Lob}. As BLOBs, every value H2 hands out is kept on its
 * session until H2's LOB timeout (five minutes) has passed; aggregates re-read their streams on every import, and a
 * large import filled a 512 MB heap with them (see BENCHMARKS.md). Inline binary values are freed like any other.
 */
public class VarbinaryH2Dialect extends H2Dialect {

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        typeContributions.getTypeConfiguration().getJdbcTypeRegistry()
                .addDescriptor(SqlTypes.BLOB, VarbinaryJdbcType.INSTANCE);
    }
}
