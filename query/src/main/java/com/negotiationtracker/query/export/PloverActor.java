package com.negotiationtracker.query.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An actor as PLOVER's actor object names it: the tracker's actor id as {@code identifier_id} and the actor's name
 * as {@code identifier_text} (where the directory gives one). PLOVER's {@code code} (an ISO-3166 alpha-3 country) is
 * left out: the dossiers do not record it, and the export does not guess it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PloverActor(@JsonProperty("identifier_id") String identifierId,
                          @JsonProperty("identifier_text") String identifierText) {
}
