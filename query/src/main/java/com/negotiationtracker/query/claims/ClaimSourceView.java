package com.negotiationtracker.query.claims;

import java.time.Instant;

/**
 * Where a claim appeared: the document, its outlet, title and URL (null where the reporting does not say), its
 * publication time as written ({@code 2025-02-12}) and the period that denotes, {@code [publishedFrom,
 * publishedUntil)} (equal for an instant).
 */
public record ClaimSourceView(String reference, String outlet, String title, String url, String publishedAt,
                              Instant publishedFrom, Instant publishedUntil) {
}
