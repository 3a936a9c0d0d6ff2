package com.negotiationtracker.core.dossier;

import com.negotiationtracker.core.time.TimePrecision;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Checks the times an editor writes: absolute ISO-8601 dates at the precision the reporting gives
 * ({@code 2025-02-12T14:30:00Z}, {@code 2025-02-12}, {@code 2025-02}, {@code 2025}). Relative dates ("Tuesday",
 * "yesterday", "last week") mean nothing once the article's date is forgotten, so they are refused with a hint.
 */
final class DossierTimes {

    private static final Pattern RELATIVE = Pattern.compile("(?iu).*\\b(monday|tuesday|wednesday|thursday|friday"
            + "|saturday|sunday|today|yesterday|tomorrow|tonight|last|next|this|ago|recent|recently|earlier|later"
            + "|week|weekend)\\b.*");
    private static final Pattern DAY_FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH_FORM = Pattern.compile("\\d{4}-\\d{2}");

    private DossierTimes() {
    }

    /** What is wrong with the time text, or null when it is a valid absolute time. */
    static String problem(String text) {
        try {
            TimePrecision.of(text);
            return null;
        } catch (IllegalArgumentException invalid) {
            return explain(text.strip());
        }
    }

    private static String explain(String text) {
        String quoted = "'" + text + "'";
        if (RELATIVE.matcher(text).matches()) {
            return quoted + " is a relative date, which a dossier cannot hold: work out the absolute date from the"
                    + " article's date and write it in ISO-8601, such as 2025-02-11";
        }
        if (DAY_FORM.matcher(text).matches()) {
            try {
                LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return quoted + " is not a date that exists (" + reason(e) + ")";
            }
        }
        if (MONTH_FORM.matcher(text).matches()) {
            try {
                YearMonth.parse(text);
            } catch (DateTimeParseException e) {
                return quoted + " is not a month that exists (" + reason(e) + ")";
            }
        }
        if (text.contains("T")) {
            try {
                LocalDateTime.parse(text);
                return quoted + " has no UTC offset: write an instant as 2025-02-12T14:30:00Z or"
                        + " 2025-02-12T15:30:00+01:00";
            } catch (DateTimeParseException ignored) {
                // not an instant at all; fall through to the general hint
            }
        }
        return quoted + " is not an ISO-8601 date: write 2025-02-12 (a day), 2025-02 (a month), 2025 (a year)"
                + " or 2025-02-12T14:30:00Z (an instant)";
    }

    private static String reason(DateTimeParseException e) {
        Throwable cause = e.getCause();
        return cause instanceof DateTimeException && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
    }
}
