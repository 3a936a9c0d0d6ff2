package com.negotiationtracker.core.provenance;

import com.negotiationtracker.core.time.TimePrecision;

import java.time.Instant;

/**
 * Where a claim appeared: the document ({@code reference}, stable within the tracker), its outlet, title and URL
 * where known (null where the reporting does not say), and when it was published, at the precision known.
 */
public record Source(String reference, String outlet, String title, String url, String publishedAt) {

    public Source {
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("a source needs a reference");
        }
        TimePrecision.of(publishedAt);
    }

    public Instant publishedFrom() {
        return TimePrecision.of(publishedAt).start(publishedAt);
    }
}
