package com.negotiationtracker.query.position;

import java.io.Serializable;
import java.util.Objects;

/** A party and an issue: what a position is about. */
public class SubjectKey implements Serializable {

    private String party;
    private String issue;

    protected SubjectKey() {
        // for JPA
    }

    public SubjectKey(String party, String issue) {
        this.party = party;
        this.issue = issue;
    }

    String party() {
        return party;
    }

    String issue() {
        return issue;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubjectKey key && party.equals(key.party) && issue.equals(key.issue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(party, issue);
    }

    @Override
    public String toString() {
        return party + " on " + issue;
    }
}
