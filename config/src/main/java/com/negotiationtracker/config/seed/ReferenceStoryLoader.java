package com.negotiationtracker.config.seed;

import com.negotiationtracker.core.dossier.DossierFormat;
import com.negotiationtracker.core.dossier.DossierImporter;
import com.negotiationtracker.core.dossier.ImportReport;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Imports the reference story when the event store is empty, so that a new user's first start shows a story.
 * A store that holds anything is left alone: the story is never imported over someone's data.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "tracker.reference-story.load-into-empty-store", havingValue = "true")
public class ReferenceStoryLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceStoryLoader.class);

    private final EventStore eventStore;
    private final DossierImporter importer;
    private final Resource story;

    public ReferenceStoryLoader(EventStore eventStore, DossierImporter importer,
                                @Value("${tracker.reference-story.location}") Resource story) {
        this.eventStore = eventStore;
        this.importer = importer;
        this.story = story;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!storeIsEmpty()) {
            return;
        }
        String dossier = story.getContentAsString(StandardCharsets.UTF_8);
        String name = story.getFilename() == null ? "reference story" : story.getFilename();
        ImportReport report = importer.importDossier(dossier, DossierFormat.ofFileName(name));
        log.info("Loaded the reference story into the empty store: {}", report.summary());
    }

    private boolean storeIsEmpty() {
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            return !events.hasNextAvailable();
        }
    }
}
