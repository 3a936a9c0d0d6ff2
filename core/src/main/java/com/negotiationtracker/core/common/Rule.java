package com.negotiationtracker.core.common;

/**
 * The named business rules the write side enforces. Each rejection names one of them, so that an editor,
 * an API client and a test can all tell which rule a command broke.
 */
public enum Rule {
    ACTOR_MUST_BE_KNOWN("every actor a fact names must be in the actor directory"),
    TRACK_OPENED_ONCE("a negotiation track is opened once, with one set of parties"),
    FACT_RECORDED_ONCE("a fact is recorded once: the same id cannot carry different content"),
    CALL_NEEDS_TWO_PARTICIPANTS("a call needs two distinct participants"),
    DURATION_NOT_NEGATIVE("a duration cannot be negative"),
    SWAP_NEEDS_TWO_PARTIES("a prisoner swap needs two distinct parties"),
    INVITATION_MUST_EXIST("an invitation must have been issued before it is acted on"),
    INVITATION_ISSUED_ONCE("an invitation id is issued once"),
    INVITATION_ANSWERED_ONCE("an invitation is answered once"),
    WITHDRAWN_INVITATION_IS_CLOSED("a withdrawn invitation cannot be answered or withdrawn again"),
    HOST_AND_GUEST_DIFFER("the host and the guest of an invitation are different actors"),
    MEETING_MUST_EXIST("a meeting must have been proposed or agreed before it is acted on"),
    CANCELLED_MEETING_IS_CLOSED("a cancelled meeting cannot be scheduled, held or cancelled again"),
    HELD_MEETING_IS_CLOSED("a meeting that was held cannot be rescheduled, cancelled or held again"),
    MEETING_NEEDS_TWO_PARTICIPANTS("a meeting needs two distinct participants"),
    MEETING_PROPOSED_ONCE("a meeting id names one meeting: it is proposed once"),
    TALKS_NEED_TWO_PARTIES("negotiations are agreed between two distinct parties or more"),
    CONTACT_NEEDS_TWO_PARTIES("a channel is between two distinct parties"),
    CLAIM_MUST_EXIST("a claim must be recorded before it is reported again"),
    REPORT_RECORDED_ONCE("a report about a claim is recorded once: the same id cannot carry different content"),
    APPEARANCE_RECORDED_ONCE("a claim appears once in each source for each actor who asserts it there"),
    CORROBORATION_BY_ANOTHER_ACTOR("a claim is corroborated by an actor other than the one who asserted it"),
    RETRACTED_CLAIM_IS_CLOSED("a retracted claim cannot be corroborated, disputed, corrected or retracted again"),
    CLAIM_FIELD_MUST_APPLY("a disputed or corrected field must be one that the claim's kind of fact has"),
    DISPUTE_NEEDS_ANOTHER_VALUE("a dispute gives another value than the one the claim holds"),
    CORRECTION_NEEDS_ANOTHER_VALUE("a correction gives another value than the one the claim holds");

    private final String statement;

    Rule(String statement) {
        this.statement = statement;
    }

    /** The rule in the domain's own words. */
    public String statement() {
        return statement;
    }
}
