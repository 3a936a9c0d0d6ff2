package com.negotiationtracker.core.dossier;

import java.util.Locale;

/** The two notations of the one dossier schema. */
public enum DossierFormat {
    YAML, JSON;

    /** The format a file name implies: {@code .json} is JSON; {@code .yaml} and {@code .yml} are YAML. */
    public static DossierFormat ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        throw new IllegalArgumentException("'" + fileName + "' is neither .yaml, .yml nor .json");
    }
}
