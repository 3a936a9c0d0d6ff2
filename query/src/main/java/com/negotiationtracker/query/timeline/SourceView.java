package com.negotiationtracker.query.timeline;

/** Where a claim appeared; outlet, title and url are null where the reporting does not say. */
public record SourceView(String reference, String outlet, String title, String url, String publishedAt) {
}
