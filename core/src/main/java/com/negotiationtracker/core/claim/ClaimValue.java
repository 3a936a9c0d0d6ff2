package com.negotiationtracker.core.claim;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.meeting.Venue;
import com.negotiationtracker.core.time.ReportedDuration;
import com.negotiationtracker.core.time.ValidTime;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One value of a claim's field, as a source gives it: a text (a summary, a stance), a time (when it happened, when a
 * meeting is planned for), a duration, a venue or a count. Exactly one of the parts is present.
 */
public record ClaimValue(String text, ValidTime time, ReportedDuration duration, Venue venue, Integer count) {

    /** What sort of value a field holds. */
    public enum Type { TEXT, TIME, DURATION, VENUE, COUNT }

    public ClaimValue {
        long present = Stream.of(text, time, duration, venue, count).filter(Objects::nonNull).count();
        if (present != 1) {
            throw new IllegalArgumentException("a claim's value is exactly one text, time, duration, venue or count;"
                    + " got " + present);
        }
        if (text != null && text.isBlank()) {
            throw new IllegalArgumentException("a claim's text value cannot be blank");
        }
        if (count != null && count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
    }

    public static ClaimValue of(String text) {
        return new ClaimValue(text, null, null, null, null);
    }

    public static ClaimValue of(ValidTime time) {
        return new ClaimValue(null, time, null, null, null);
    }

    public static ClaimValue of(ReportedDuration duration) {
        return new ClaimValue(null, null, duration, null, null);
    }

    public static ClaimValue of(Venue venue) {
        return new ClaimValue(null, null, null, venue, null);
    }

    public static ClaimValue of(Integer count) {
        return new ClaimValue(null, null, null, null, count);
    }

    public Type type() {
        return text != null ? Type.TEXT : time != null ? Type.TIME : duration != null ? Type.DURATION
                : venue != null ? Type.VENUE : Type.COUNT;
    }

    /** The actors the value names (a venue's country), who must be in the directory. */
    public List<ActorId> namedActors() {
        return venue != null && venue.country() != null ? List.of(venue.country()) : List.of();
    }

    /** The value in a few words, for people: {@code PT1H (approximate: "around an hour")}, {@code third-country}. */
    public String describe() {
        return switch (type()) {
            case TEXT -> text;
            case TIME -> time.value() + (time.approximate() ? " (approximate)" : "");
            case DURATION -> duration.value() + " (" + duration.hedge().label()
                    + (duration.asReported() == null ? "" : ": \"" + duration.asReported() + "\"") + ")";
            case VENUE -> venue.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + (venue.place() == null ? "" : " " + venue.place())
                    + (venue.country() == null ? "" : " (" + venue.country() + ")");
            case COUNT -> count.toString();
        };
    }
}
