package com.negotiationtracker.web.pages.analyst;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The analyst page's own addresses: a step on an axis under the current filters. Every control that moves the moment
 * is a real link built here, so that it works without script and can be shared.
 */
public record AnalystLinks(Axis axis, TimelineFilters filters) {

    static final String PATH = "/analyst";

    /** The page at this step. */
    public String to(Step step) {
        return step == null ? null : url(axis).queryParam("event", step.id()).build().encode().toUriString();
    }

    /** The page stepping along valid time, at the same fact. */
    public String onValidTime(Step step) {
        return on(Axis.VALID, step);
    }

    /** The page stepping along record time, at the same fact. */
    public String onRecordTime(Step step) {
        return on(Axis.RECORD, step);
    }

    private String on(Axis other, Step step) {
        UriComponentsBuilder url = url(other);
        if (step != null) {
            url.queryParam("event", step.id());
        }
        return url.build().encode().toUriString();
    }

    /** The page without any filter, on the same axis. */
    public String unfiltered() {
        return UriComponentsBuilder.fromPath(PATH).queryParam("axis", axis.label()).build().toUriString();
    }

    private UriComponentsBuilder url(Axis on) {
        return filters.addTo(UriComponentsBuilder.fromPath(PATH).queryParam("axis", on.label()));
    }
}
