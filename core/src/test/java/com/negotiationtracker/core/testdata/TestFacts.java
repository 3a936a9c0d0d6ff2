package com.negotiationtracker.core.testdata;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.meeting.Venue;
import com.negotiationtracker.core.provenance.Provenance;
import com.negotiationtracker.core.provenance.Source;
import com.negotiationtracker.core.time.ValidTime;
import com.negotiationtracker.core.track.Fact;
import com.negotiationtracker.core.track.FactId;
import com.negotiationtracker.core.track.TrackId;
import com.negotiationtracker.core.track.TrackOpened;

import java.util.List;

/**
 * Test data for the reference story: its actors, tracks and a builder for facts with sensible provenance, so that
 * tests state only what matters to them.
 */
public final class TestFacts {

    public static final ActorId TRUMP = ActorId.of("trump");
    public static final ActorId PUTIN = ActorId.of("putin");
    public static final ActorId ZELENSKIY = ActorId.of("zelenskiy");
    public static final ActorId KREMLIN = ActorId.of("kremlin");
    public static final ActorId VANCE = ActorId.of("vance");
    public static final ActorId RUBIO = ActorId.of("rubio");
    public static final ActorId RUSSIA = ActorId.of("russia");
    public static final ActorId UKRAINE = ActorId.of("ukraine");
    public static final ActorId UNITED_STATES = ActorId.of("united-states");

    public static final TrackId US_RUSSIA = TrackId.of("us-russia");
    public static final TrackId US_UKRAINE = TrackId.of("us-ukraine");

    public static final Source SEED_ARTICLE = new Source("seed-article", null, null, null, "2025-02-12");

    public static final Venue MOSCOW = Venue.named("Moscow", RUSSIA);
    public static final Venue MUNICH = Venue.named("Munich", null);

    /** The US-Russia track, opened between the United States and Russia. */
    public static TrackOpened usRussiaOpened() {
        return new TrackOpened(US_RUSSIA, "US-Russia relations", List.of(UNITED_STATES, RUSSIA));
    }

    /** The US-Ukraine track, opened between the United States and Ukraine. */
    public static TrackOpened usUkraineOpened() {
        return new TrackOpened(US_UKRAINE, "US-Ukraine relations", List.of(UNITED_STATES, UKRAINE));
    }

    private TestFacts() {
    }

    /** A fact dated 12 February 2025, asserted by the Kremlin in the seed article. */
    public static FactBuilder fact(String id) {
        return new FactBuilder(id);
    }

    public static final class FactBuilder {
        private final String id;
        private String summary;
        private ValidTime validTime = ValidTime.of("2025-02-12");
        private ActorId assertedBy = KREMLIN;
        private String channel = "statement";
        private Source source = SEED_ARTICLE;
        private String quote;

        private FactBuilder(String id) {
            this.id = id;
            this.summary = "fact " + id;
        }

        public FactBuilder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public FactBuilder on(String validTime) {
            this.validTime = ValidTime.of(validTime);
            return this;
        }

        public FactBuilder assertedBy(ActorId actor) {
            this.assertedBy = actor;
            return this;
        }

        public FactBuilder channel(String channel) {
            this.channel = channel;
            return this;
        }

        public FactBuilder source(Source source) {
            this.source = source;
            return this;
        }

        public FactBuilder quote(String quote) {
            this.quote = quote;
            return this;
        }

        public Fact build() {
            return new Fact(FactId.of(id), summary, validTime, new Provenance(assertedBy, channel, source, quote));
        }
    }
}
