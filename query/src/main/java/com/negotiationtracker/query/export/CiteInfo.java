package com.negotiationtracker.query.export;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * PLOVER's citation object for the source a fact appeared in: the tracker's source reference as {@code citation},
 * the outlet as {@code publication}, the {@code title} and {@code url}, and when it was published
 * ({@code published_at}, at the precision known). Fields the reporting does not give are null, never guessed.
 */
public record CiteInfo(String citation, String publication, String title, String url,
                       @JsonProperty("published_at") String publishedAt) {
}
