package com.negotiationtracker.config.browser;

import com.negotiationtracker.config.support.Dossiers;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The analyst's page on a track with more of a list than a page of the world shows: the reference story, then a
 * later report of seven more prisoner swaps on the US–Russia track. The state shows the five latest measures of each
 * track and says which of its lists go on, with a link to the whole list.
 */
@TrackerOnTemporaryFolder
class BusyTrackPagesBrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MORE_SWAPS = 7;

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
    void a_page_of_the_world_shows_the_latest_items_of_each_list_and_says_which_go_on() {
        TrackerApi api = new TrackerApi(port);
        TrackerApi.Response imported = api.postDossier(Dossiers.laterReport("more-swaps", IntStream
                .rangeClosed(1, MORE_SWAPS).mapToObj(BusyTrackPagesBrowserTest::swap).toArray(ObjectNode[]::new)),
                "application/json");
        assertThat(imported.status()).as(imported.body()).isBetween(200, 299);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                allMeasures().size() == MORE_SWAPS + 1);

        browser = new Browser(port);
        browser.open("/analyst?axis=valid&event=us-russia/more-swap-" + MORE_SWAPS);
        browser.signIn(TestUsers.READER.userName(), TestUsers.READER.password());
        browser.find("#analyst");

        List<WebElement> shown = browser.all("#measures [data-measure]");
        assertThat(shown).as("the five latest, newest first").map(measure -> measure.getAttribute("data-measure"))
                .containsExactly("more-swap-7", "more-swap-6", "more-swap-5", "more-swap-4", "more-swap-3");
        WebElement cut = browser.find("#lists-cut [data-track='us-russia'][data-list='measures']");
        String whole = cut.findElement(By.tagName("a")).getAttribute("href");
        assertThat(whole).contains("/api/state?track=us-russia", "listSize=1000");
        assertThat(browser.all("#lists-cut [data-list]")).as("no other list goes on").hasSize(1);
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", cut);
        browser.screenshot("analyst-lists-cut");
    }

    private List<?> allMeasures() {
        DiplomaticState state = queries.query(new DiplomaticStateAt(Instant.parse("2025-03-31T00:00:00Z"),
                Instant.now(), "us-russia", null, new Paging(0, 100)),
                ResponseTypes.instanceOf(DiplomaticState.class)).join();
        return state.measures();
    }

    /** A prisoner swap on the US–Russia track, one day after the other, from 20 February 2025. */
    private static ObjectNode swap(int number) {
        ObjectNode fact = JSON.createObjectNode();
        fact.put("id", "more-swap-" + number);
        fact.put("kind", "prisoner-swap");
        fact.put("track", "us-russia");
        fact.put("summary", "Another prisoner swap, number " + number + ".");
        fact.put("validTime", "2025-02-" + (19 + number));
        ObjectNode provenance = fact.putObject("provenance");
        provenance.put("assertedBy", "kremlin");
        provenance.put("channel", "statement");
        provenance.put("source", "more-swaps-source");
        fact.putArray("parties").add("united-states").add("russia");
        return fact;
    }
}
