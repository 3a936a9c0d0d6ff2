package com.negotiationtracker.core.dossier;

import java.util.List;
import java.util.stream.Collectors;

/** A dossier was rejected whole: nothing of it was recorded. Carries every error found. */
public class DossierRejected extends RuntimeException {

    private final List<DossierError> errors;

    public DossierRejected(List<DossierError> errors) {
        super("the dossier was rejected and nothing was recorded; " + errors.size() + " error(s):\n"
                + errors.stream().map(e -> "  - " + e).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<DossierError> errors() {
        return errors;
    }
}
