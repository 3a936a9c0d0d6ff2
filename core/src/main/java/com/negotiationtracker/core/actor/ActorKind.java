package com.negotiationtracker.core.actor;

/** What sort of actor an entry of the directory is. */
public enum ActorKind {
    /** A named person: Trump, Zelenskiy, Hegseth. */
    PERSON,
    /** An office that speaks for a state or person: the Kremlin, Zelenskiy's office. */
    OFFICE,
    /** A state: Russia, Ukraine, France. */
    STATE,
    /** An alliance or bloc: NATO, the European Union. */
    ALLIANCE,
    /** Any other organisation. */
    ORGANIZATION,
    /** Sources the reporting does not name: "Russian sources". */
    UNNAMED_SOURCES
}
