package com.negotiationtracker.core.common;

/** A command was rejected because it would break a named business rule; nothing was recorded. */
public class RuleViolation extends RuntimeException {

    private final Rule rule;

    public RuleViolation(Rule rule, String detail) {
        super(rule.statement() + ": " + detail);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
