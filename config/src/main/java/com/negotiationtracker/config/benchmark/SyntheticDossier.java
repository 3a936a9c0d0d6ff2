package com.negotiationtracker.config.benchmark;

import java.util.Map;

/**
 * One generated dossier, in the documented JSON format.
 *
 * @param id      the dossier's id
 * @param json    the dossier's text
 * @param facts   how many facts it holds
 * @param reports how many later reports about its claims it holds
 * @param kinds   facts by kind label ({@code call}, {@code meeting-held} ...), and reports by report kind label
 *                prefixed with {@code report:} ({@code report:appearance})
 */
record SyntheticDossier(String id, String json, int facts, int reports, Map<String, Integer> kinds) {

    SyntheticDossier {
        kinds = Map.copyOf(kinds);
    }
}
