package com.negotiationtracker.core.dossier;

/**
 * One thing wrong with a dossier: the entry it concerns ({@code facts[3] (id 'trump-putin-call')}, or
 * {@code dossier} for the file as a whole), the field ({@code provenance.source}), and what is wrong.
 */
public record DossierError(String entry, String field, String message) {

    @Override
    public String toString() {
        return entry + (field == null || field.isEmpty() ? "" : " " + field) + ": " + message;
    }
}
