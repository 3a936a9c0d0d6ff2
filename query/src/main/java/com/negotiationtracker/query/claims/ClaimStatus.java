package com.negotiationtracker.query.claims;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a claim stands, by what was reported about it. When several apply, the strongest wins, in this order:
 * retracted, disputed, corrected, corroborated, asserted (a disputed claim that was also corroborated is disputed).
 */
public enum ClaimStatus {
    ASSERTED, CORROBORATED, CORRECTED, DISPUTED, RETRACTED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ClaimStatus> of(String label) {
        return Arrays.stream(values()).filter(status -> status.label().equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(ClaimStatus::label).toList();
    }
}
