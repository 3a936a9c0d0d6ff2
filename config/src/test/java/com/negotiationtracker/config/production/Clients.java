package com.negotiationtracker.config.production;

import com.negotiationtracker.config.support.TrackerApi;

/** What a well-behaved API client does: send a dossier, and send it again when the tracker says it may. */
final class Clients {

    private Clients() {
    }

    /** Posts a JSON dossier, retrying while the tracker answers a retryable conflict (a concurrent write). */
    static TrackerApi.Response postRetrying(TrackerApi api, String dossier) {
        TrackerApi.Response response = api.postDossier(dossier, "application/json");
        for (int attempt = 1; attempt < 10 && isRetryable(response); attempt++) {
            response = api.postDossier(dossier, "application/json");
        }
        return response;
    }

    private static boolean isRetryable(TrackerApi.Response response) {
        return response.status() == 409 && response.json().path("retryable").asBoolean(false);
    }
}
