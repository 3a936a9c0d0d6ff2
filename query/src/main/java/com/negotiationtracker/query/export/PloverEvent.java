package com.negotiationtracker.query.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;

/**
 * One recorded fact as a PLOVER event record (Open Event Data Alliance, "PLOVER: Event, Actor and Data Interchange
 * Specification", JSON data fields), one line of the JSON Lines export. PLOVER's fields first, then the tracker's own
 * (which PLOVER lets a provider add).
 *
 * @param id              the event's identifier in the event store: unique in the export
 * @param date            the first day of the fact's valid time (UTC), {@code YYYY-MM-DD}
 * @param time            the time of day (UTC, ISO 8601) where the valid time is an instant
 * @param enddate         the last day, where the valid time spans more than a day (a month, a year)
 * @param actor           who acts (PLOVER's source actors; the field takes the name the brief gives it)
 * @param recipient       who the act is directed at, where the kind has a recipient (a demand's addressee ...)
 * @param event           the PLOVER event categories: empty for statements and positions, which PLOVER does not code
 *                        (CAMEO 01, make public statement, was dropped)
 * @param mode            PLOVER's mode, where one applies ({@code phone} for a call ...)
 * @param context         PLOVER's contexts, where one applies ({@code diplomatic} ...)
 * @param cameo           the CAMEO event code, where one fits ({@code 041} for a call ...)
 * @param text            the words the source quotes, else the editor's summary
 * @param citeInfo        where the fact appeared
 * @param kind            the dossier kind ({@code call}, {@code invitation-issued} ...)
 * @param datePrecision   how precisely the valid time is known: {@code INSTANT}, {@code DAY}, {@code MONTH}, {@code YEAR}
 * @param dateApproximate whether the reporting hedges the valid time ("around", "close to")
 * @param recordedAt      when the tracker recorded the fact
 * @param globalIndex     the event's position in the event store
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "date", "time", "enddate", "actor", "recipient", "event", "mode", "context", "cameo", "text",
        "cite_info", "kind", "track", "fact_id", "summary", "asserted_by", "channel", "date_precision",
        "date_approximate", "recorded_at", "global_index"})
public record PloverEvent(String id, String date, String time, String enddate, List<PloverActor> actor,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PloverActor> recipient,
                          List<String> event,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> mode,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> context,
                          String cameo, String text,
                          @JsonProperty("cite_info") CiteInfo citeInfo,
                          String kind, String track,
                          @JsonProperty("fact_id") String factId,
                          String summary,
                          @JsonProperty("asserted_by") String assertedBy,
                          String channel,
                          @JsonProperty("date_precision") String datePrecision,
                          @JsonProperty("date_approximate") boolean dateApproximate,
                          @JsonProperty("recorded_at") Instant recordedAt,
                          @JsonProperty("global_index") Long globalIndex) {
}
