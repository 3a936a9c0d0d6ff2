package com.negotiationtracker.config.live;

import com.negotiationtracker.config.TrackerApplication;
import com.negotiationtracker.config.support.PostgresSchema;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Two instances sharing one PostgreSQL schema, as in production: a dossier posted to one is heard in full by the
 * clients of both, though the event processors split their segments between the instances.
 */
class PostgresLiveUpdatesTest {

    @Test
    void a_client_of_either_instance_hears_every_fact_recorded_through_the_other() {
        List<String> arguments = sharedSchema();
        try (ConfigurableApplicationContext first = start(arguments);
             ConfigurableApplicationContext second = start(arguments);
             LiveClient onFirst = LiveUpdatesContract.connect(port(first));
             LiveClient onSecond = LiveUpdatesContract.connect(port(second))) {

            LiveUpdatesContract.postReferenceDossier(port(first));

            LiveUpdatesContract.heardTheReferenceStory(onSecond, port(second));
            LiveUpdatesContract.heardTheReferenceStory(onFirst, port(first));
        }
    }

    /** The properties of one fresh schema, as command-line arguments that both instances are started with. */
    private static List<String> sharedSchema() {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres", "--server.port=0"));
        PostgresSchema.register((name, value) -> arguments.add("--" + name + "=" + value.get()));
        return arguments;
    }

    private static ConfigurableApplicationContext start(List<String> arguments) {
        return new SpringApplicationBuilder(TrackerApplication.class).run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
