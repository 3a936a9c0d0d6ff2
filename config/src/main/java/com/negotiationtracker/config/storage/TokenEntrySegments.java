package com.negotiationtracker.config.storage;

import com.negotiationtracker.query.replay.StoredSegment;
import com.negotiationtracker.query.replay.StoredSegments;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;

/**
 * Reads a processor's segments from Axon's JPA token store table, {@code token_entry}, which instances sharing a
 * database share. The token store itself only hands a token out by claiming it; this reads them as they stand,
 * claiming nothing, so that any instance can tell how far the segments others claim have got.
 */
public final class TokenEntrySegments implements StoredSegments {

    private final JdbcTemplate jdbc;
    private final Serializer tokenSerializer;

    /** @param tokenSerializer the serializer the token store writes its tokens with */
    public TokenEntrySegments(DataSource dataSource, Serializer tokenSerializer) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tokenSerializer = tokenSerializer;
    }

    @Override
    public List<StoredSegment> of(String processorName) {
        return jdbc.query("select segment, owner, token_type, token from token_entry where processor_name = ?"
                        + " order by segment",
                (row, index) -> new StoredSegment(row.getInt("segment"), row.getString("owner"),
                        token(row.getString("token_type"), row.getBytes("token"))),
                processorName);
    }

    private TrackingToken token(String type, byte[] serialized) {
        if (type == null || serialized == null) {
            return null; // a segment that has not handled an event yet
        }
        return tokenSerializer.deserialize(new SimpleSerializedObject<>(serialized, byte[].class, type, null));
    }
}
