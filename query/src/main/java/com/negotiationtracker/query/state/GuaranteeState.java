package com.negotiationtracker.query.state;

import java.util.List;

/** Security guarantees the guarantors offered a beneficiary, on the terms reported, from the time of the offer. */
public record GuaranteeState(String track, String fact, List<String> guarantors, String beneficiary, String terms,
                             StateTime validTime) {

    public GuaranteeState {
        guarantors = List.copyOf(guarantors);
    }
}
