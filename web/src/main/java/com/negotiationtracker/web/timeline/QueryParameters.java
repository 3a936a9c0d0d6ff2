package com.negotiationtracker.web.timeline;

import com.negotiationtracker.core.common.Slug;
import com.negotiationtracker.core.dossier.FactKind;
import com.negotiationtracker.query.claims.ClaimStatus;
import com.negotiationtracker.core.time.TimePrecision;
import com.negotiationtracker.query.timeline.Paging;
import com.negotiationtracker.web.problem.InvalidParameter;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The request parameters the read endpoints and pages share (timeline, positions, actors, claims), each read the same
 * way everywhere and refused with a 400 problem naming the parameter. Lives with the timeline, the first of them.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /**
     * A moment on a time axis for an as-of question ({@code validAt}, {@code knownAt}); null when absent. An instant
     * with an offset ({@code 2025-02-12T14:30:00Z}, {@code 2025-02-12T16:30:00+02:00}) is that instant; a day, month
     * or year ({@code 2025-02-12}, {@code 2025-02}, {@code 2025}) is its last moment in UTC, so that
     * {@code validAt=2025-02-12} takes in all of the 12th.
     */
    public static Instant asOf(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            TimePrecision precision = TimePrecision.of(value.strip());
            return precision == TimePrecision.INSTANT ? precision.start(value.strip())
                    // the read models keep microseconds: the last of them before the interval ends
                    : precision.end(value.strip()).minus(1, ChronoUnit.MICROS);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidParameter(parameter, parameter + ": " + invalid.getMessage());
        }
    }

    /** The page asked for: {@code page} from 0 (default 0), {@code size} up to the maximum (default 100). */
    public static Paging paging(String page, String size) {
        return paging(page, size, Paging.DEFAULT_SIZE);
    }

    /** The same, with {@code defaultSize} entries a page when {@code size} is absent. */
    public static Paging paging(String page, String size, int defaultSize) {
        return paging("page", page, "size", size, defaultSize);
    }

    /** The same, from the parameters named {@code pageName} and {@code sizeName}, which its errors name. */
    public static Paging paging(String pageName, String page, String sizeName, String size, int defaultSize) {
        int number = number(pageName, page, 0);
        int entries = number(sizeName, size, defaultSize);
        if (number < 0) {
            throw new InvalidParameter(pageName, pageName + " counts from 0: " + page + " is not a page");
        }
        if (entries < 1 || entries > Paging.MAX_SIZE) {
            throw new InvalidParameter(sizeName, sizeName + " must be between 1 and " + Paging.MAX_SIZE + ", not "
                    + size);
        }
        try {
            return new Paging(number, entries);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidParameter(pageName, invalid.getMessage());
        }
    }

    /** An id (an actor, a track, an issue): lower-case words joined by dashes; null when absent. */
    public static String slug(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Slug.require(value, parameter);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidParameter(parameter, invalid.getMessage());
        }
    }

    /** A dossier kind of fact ({@code call}, {@code invitation-issued} ...); null when absent. */
    public static String kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return FactKind.of(value.strip()).map(FactKind::label).orElseThrow(() -> new InvalidParameter("kind",
                "'" + value + "' is not a kind of fact; the kinds are " + String.join(", ", FactKind.labels())));
    }

    /** A status of a claim ({@code asserted}, {@code disputed} ...); null when absent. */
    public static ClaimStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return ClaimStatus.of(value.strip()).orElseThrow(() -> new InvalidParameter("status",
                "'" + value + "' is not a status of a claim; the statuses are "
                        + String.join(", ", ClaimStatus.labels())));
    }

    /** The query's answer, or the exception the query handler threw (not wrapped). */
    public static <R> R answer(CompletableFuture<R> answer) {
        try {
            return answer.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    private static int number(String parameter, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidParameter(parameter, parameter + " must be a whole number, not '" + value + "'");
        }
    }
}
