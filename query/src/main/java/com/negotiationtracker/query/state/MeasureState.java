package com.negotiationtracker.query.state;

import java.util.List;

/**
 * A confidence-building measure from the time it took place: its kind (a dossier kind of fact, such as
 * {@code prisoner-swap}), the parties, how many people were released where reported, and the fact's summary.
 */
public record MeasureState(String track, String fact, String kind, List<String> parties, Integer releasedCount,
                           String summary, StateTime validTime) {

    public MeasureState {
        parties = List.copyOf(parties);
    }
}
