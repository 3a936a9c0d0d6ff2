package com.negotiationtracker.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * How precisely a time is known. Text forms are ISO-8601: {@code 2025-02-12T14:30:00Z} (instant, with an offset),
 * {@code 2025-02-12} (day), {@code 2025-02} (month), {@code 2025} (year). Days, months and years are UTC intervals.
 */
public enum TimePrecision {
    INSTANT, DAY, MONTH, YEAR;

    /** The precision its text form implies, or an error naming what is wrong with the text. */
    public static TimePrecision of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a time is missing");
        }
        try {
            if (text.contains("T")) {
                OffsetDateTime.parse(text);
                return INSTANT;
            }
            switch (text.length()) {
                case 4 -> {
                    Year.parse(text);
                    return YEAR;
                }
                case 7 -> {
                    YearMonth.parse(text);
                    return MONTH;
                }
                case 10 -> {
                    LocalDate.parse(text);
                    return DAY;
                }
                default -> throw new DateTimeParseException("unknown form", text, 0);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid time: write an absolute ISO-8601 date"
                    + " such as 2025-02-12, 2025-02, 2025 or 2025-02-12T14:30:00Z");
        }
    }

    /** Start of the interval the text denotes (inclusive). */
    public Instant start(String text) {
        return switch (this) {
            case INSTANT -> OffsetDateTime.parse(text).toInstant();
            case DAY -> LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            case MONTH -> YearMonth.parse(text).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            case YEAR -> Year.parse(text).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        };
    }

    /** End of the interval the text denotes (exclusive); an instant is its own end. */
    public Instant end(String text) {
        return switch (this) {
            case INSTANT -> OffsetDateTime.parse(text).toInstant();
            case DAY -> LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            case MONTH -> YearMonth.parse(text).plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            case YEAR -> Year.parse(text).plusYears(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        };
    }
}
