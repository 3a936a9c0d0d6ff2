package com.negotiationtracker.config.browser;

import com.negotiationtracker.config.support.TestUsers;
import com.negotiationtracker.config.support.TrackerApi;
import com.negotiationtracker.config.support.TrackerOnTemporaryFolder;
import com.negotiationtracker.query.state.DiplomaticState;
import com.negotiationtracker.query.state.DiplomaticStateAt;
import com.negotiationtracker.query.timeline.Paging;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The analyst's page on a world with more channels than its first page holds: the reference story, then a dossier of
 * eleven more states, each pair of them with a track and a call on it. The world shows the first page of channels and
 * says so; narrowed to a track, it shows the channel between the track's parties, and no notice.
 */
@TrackerOnTemporaryFolder
class ManyChannelsPagesBrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int STATES = 11;
    private static final int PAIRS = STATES * (STATES - 1) / 2;
    private static final Instant AFTER_THE_CALLS = Instant.parse("2025-06-01T00:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    QueryGateway queries;

    private Browser browser;

    @AfterEach
    void browserClosed() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void the_world_shows_its_first_page_of_channels_and_says_that_more_follow() {
        TrackerApi.Response imported = new TrackerApi(port).postDossier(callsBetweenEveryPair(), "application/json");
        assertThat(imported.status()).as(imported.body()).isBetween(200, 299);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                channelsHolding().containsAll(List.of("state-01/state-02", "state-10/state-11")));
        int pageSize = DiplomaticStateAt.CHANNELS_A_PAGE;
        assertThat(channelsHolding()).as("more channels than a page holds").hasSizeGreaterThan(pageSize);

        browser = new Browser(port);
        browser.open("/analyst?axis=valid&event=pair-10-11/call-10-11");
        browser.signIn(TestUsers.READER.userName(), TestUsers.READER.password());
        browser.find("#analyst");

        WebElement notice = browser.find("#channels-paged");
        assertThat(notice.getText()).contains("The first " + pageSize + " channels", "choose a track");
        assertThat(browser.all("#channels [data-channel]")).hasSize(pageSize);
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", notice);
        browser.screenshot("analyst-channels-paged");

        browser.open("/analyst?axis=valid&track=pair-10-11&event=pair-10-11/call-10-11");
        browser.find("#analyst");
        assertThat(browser.all("#channels-paged")).as("a track's channels are not paged").isEmpty();
        assertThat(browser.all("#channels [data-channel]")).map(row -> row.getAttribute("data-channel"))
                .containsExactly("state-10/state-11");
    }

    /** The channels holding after the calls, by their parties, as the query bus answers them for the whole world. */
    private List<String> channelsHolding() {
        DiplomaticState state = queries.query(new DiplomaticStateAt(AFTER_THE_CALLS, Instant.now(), null, null,
                null, new Paging(0, 1000)),
                ResponseTypes.instanceOf(DiplomaticState.class)).join();
        return state.channels().stream().map(channel -> String.join("/", channel.parties())).toList();
    }

    /** Eleven states; for each pair of them, a track and one call between them on a day of January 2025. */
    private static String callsBetweenEveryPair() {
        ObjectNode dossier = JSON.createObjectNode();
        dossier.put("version", 1);
        dossier.put("id", "every-pair");
        dossier.put("title", "Calls between every pair of eleven states");
        ObjectNode source = dossier.putArray("sources").addObject();
        source.put("id", "every-pair-source");
        source.put("outlet", "Example Wire");
        source.put("publishedAt", "2025-02-01");
        ArrayNode actors = dossier.putArray("actors");
        for (int state = 1; state <= STATES; state++) {
            ObjectNode actor = actors.addObject();
            actor.put("id", state(state));
            actor.put("name", "State " + state);
            actor.put("kind", "state");
        }
        ArrayNode tracks = dossier.putArray("tracks");
        ArrayNode facts = dossier.putArray("facts");
        int day = 0;
        for (int first = 1; first <= STATES; first++) {
            for (int second = first + 1; second <= STATES; second++) {
                String pair = String.format("%02d-%02d", first, second);
                ObjectNode track = tracks.addObject();
                track.put("id", "pair-" + pair);
                track.put("title", "State " + first + " and State " + second);
                track.putArray("parties").add(state(first)).add(state(second));
                ObjectNode call = facts.addObject();
                call.put("id", "call-" + pair);
                call.put("kind", "call");
                call.put("track", "pair-" + pair);
                call.put("summary", "State " + first + " and State " + second + " held a call.");
                call.put("validTime", String.format("2025-01-%02d", 1 + day++ % 28));
                ObjectNode provenance = call.putObject("provenance");
                provenance.put("assertedBy", state(first));
                provenance.put("channel", "statement");
                provenance.put("source", "every-pair-source");
                call.putArray("participants").add(state(first)).add(state(second));
            }
        }
        assertThat(facts.size()).isEqualTo(PAIRS);
        return JSON.writeValueAsString(dossier);
    }

    private static String state(int number) {
        return String.format("state-%02d", number);
    }
}
