package com.negotiationtracker.config;

import com.negotiationtracker.config.cli.DossierImportCommand;
import com.negotiationtracker.config.replay.ReplayCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/**
 * The negotiation tracker: the write side, the read models and the web API in one process.
 * <p>
 * {@code java -jar negotiation-tracker.jar} serves the API and loads the reference story into an empty store;
 * {@code java -jar negotiation-tracker.jar import FILE...} imports dossiers into the store and exits;
 * {@code java -jar negotiation-tracker.jar replay} rebuilds every read model from the event store and exits.
 */
@SpringBootApplication(scanBasePackages = "com.negotiationtracker")
// Naming our entity packages replaces Axon's defaults, so Axon's own JPA entities are named here too.
@EntityScan({
        "com.negotiationtracker",
        "org.axonframework.eventsourcing.eventstore.jpa",
        "org.axonframework.eventhandling.tokenstore.jpa",
        "org.axonframework.eventhandling.deadletter.jpa",
        "org.axonframework.modelling.saga.repository.jpa"
})
public class TrackerApplication {

    public static void main(String[] args) {
        // Axon's update checker would call out at start; the tracker makes no call it was not asked to make.
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication application = new SpringApplication(TrackerApplication.class);
        if (DossierImportCommand.isRequested(args)) {
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setAdditionalProfiles(DossierImportCommand.PROFILE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        if (ReplayCommand.isRequested(args)) {
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setAdditionalProfiles(ReplayCommand.PROFILE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
