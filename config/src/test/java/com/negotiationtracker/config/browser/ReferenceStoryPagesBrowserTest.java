package com.negotiationtracker.config.browser;

import com.negotiationtracker.config.support.ReferenceDossier;
import com.negotiationtracker.config.support.TestUsers;
import com.negotiationtracker.config.support.TrackerOnTemporaryFolder;
import com.negotiationtracker.query.audit.IsChainIntact;
import com.negotiationtracker.query.audit.Verification;
import com.negotiationtracker.query.claims.ClaimPage;
import com.negotiationtracker.query.claims.FindClaims;
import com.negotiationtracker.query.position.FindPositions;
import com.negotiationtracker.query.position.PositionsPage;
import com.negotiationtracker.query.state.DiplomaticState;
import com.negotiationtracker.query.state.DiplomaticStateAt;
import com.negotiationtracker.query.timeline.FindTimeline;
import com.negotiationtracker.query.timeline.TimelinePage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The analyst's and the auditor's pages in a real browser, on the embedded default with the reference story loaded on
 * start: a user signs in (as an auditor, one of the tests' users), steps through the story watching the state change,
 * and opens the claims ledger.
 */
@TrackerOnTemporaryFolder
class ReferenceStoryPagesBrowserTest {

    static final String US_RUSSIA = "[data-channel='russia/united-states']";
    static final String MOSCOW_INVITATION = "#open-invitations [data-invitation='putin-invites-trump-to-moscow']";
    static final String SWAP = "us-russia/us-russia-prisoner-swap";
    static final String CALL = "us-russia/trump-putin-call";
    static final String INVITATION = "us-russia/putin-invites-trump-to-moscow";

    @LocalServerPort
    int port;

    @Autowired
    QueryGateway queries;

    /** One browser for the class, signed in once: starting Chromium is the slow part. */
    static Browser browser;

    @BeforeEach
    void readModelsProjectedAndSignedIn() {
        if (browser != null) {
            return;
        }
        // The processors project the story loaded on start in the background: wait for all the pages show.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(this::storyProjected);
        browser = new Browser(port);
        browser.open("/analyst");
        assertThat(browser.path()).as("a visitor is asked to sign in first").startsWith("/login");
        browser.screenshot("sign-in");
        browser.signIn(TestUsers.AUDITOR.userName(), TestUsers.AUDITOR.password());
        browser.find("#analyst");
        assertThat(browser.path()).as("back where the visit began").startsWith("/analyst");
    }

    @AfterAll
    static void browserClosed() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void stepping_through_the_story_the_us_russia_channel_turns_active_with_the_12_february_call() {
        browser.open("/analyst?axis=valid");
        assertThat(stepNumber()).as("the first step unless the URL names another").isEqualTo(1);
        browser.driver().executeScript("window.sameDocument = true");

        Map<String, StepState> steps = new LinkedHashMap<>();
        while (true) {
            String event = currentEvent();
            steps.put(event, browser.waitFor().until(driver ->
                    new StepState(channelStatus(), !browser.all(MOSCOW_INVITATION).isEmpty())));
            if (event.equals(SWAP)) {
                browser.screenshot("analyst-11-february-swap");
            }
            if (event.equals(CALL)) {
                browser.screenshot("analyst-12-february-call");
            }
            List<WebElement> next = browser.all("#step-next");
            if (next.isEmpty()) {
                break;
            }
            int number = stepNumber();
            next.get(0).click();
            waitForStep(number + 1);
        }

        assertThat(steps).hasSize(ReferenceDossier.factCount());
        assertThat(browser.driver().executeScript("return window.sameDocument === true"))
                .as("htmx (from its WebJar, under the Content-Security-Policy) swapped the steps in, no page reloaded")
                .isEqualTo(true);
        List<String> order = new ArrayList<>(steps.keySet());
        assertThat(order.indexOf(SWAP)).isLessThan(order.indexOf(CALL));
        assertThat(steps.get(SWAP).channel()).contains("DORMANT");
        assertThat(steps.get(SWAP).moscowInvited()).isFalse();
        assertThat(steps.get(CALL).channel()).contains("ACTIVE");
        assertThat(steps.get(INVITATION).moscowInvited()).isTrue();
        // the state only moves forward: dormant (or not yet known) before the call, active from it on
        int call = order.indexOf(CALL);
        assertThat(order.subList(0, call)).allSatisfy(event ->
                assertThat(steps.get(event).channel()).as(event).isNotEqualTo("ACTIVE"));
        assertThat(order.subList(call, order.size())).allSatisfy(event ->
                assertThat(steps.get(event).channel()).as(event).isEqualTo("ACTIVE"));
        assertThat(order.subList(order.indexOf(INVITATION), order.size())).allSatisfy(event ->
                assertThat(steps.get(event).moscowInvited()).as(event).isTrue());
    }

    @Test
    void the_current_event_is_shown_with_its_source() {
        browser.open("/analyst?axis=valid&event=" + CALL);

        WebElement current = browser.find("#current-event");
        assertThat(current.getAttribute("data-current-event")).isEqualTo(CALL);
        assertThat(current.findElement(By.cssSelector("[data-asserted-by]")).getText()).isEqualTo("kremlin");
        assertThat(browser.find("#current-source").getAttribute("data-source")).isEqualTo("seed-article");
        assertThat(browser.find("#timeline [aria-current='step']").getText())
                .contains("Trump and Putin held a phone call");
        assertThat(browser.find(US_RUSSIA).getAttribute("data-status")).isEqualTo("ACTIVE");
        assertThat(browser.all("#positions [data-party]")).isNotEmpty();
        browser.screenshot("analyst-current-event");
    }

    @Test
    void the_scrubber_moves_to_the_step_it_is_set_to() {
        browser.open("/analyst?axis=valid&event=" + SWAP);
        int swapStep = stepNumber();

        WebElement scrubber = browser.find("#scrubber-step");
        scrubber.sendKeys(Keys.ARROW_RIGHT);
        // the number beside the scrubber follows it at once; the page follows when the scrubber is let go
        browser.waitFor().until(driver -> browser.path().contains("step=" + (swapStep + 1)));
        browser.waitFor().until(driver -> !SWAP.equals(currentEvent()));

        assertThat(browser.path()).contains("axis=valid");
        assertThat(stepNumber()).isEqualTo(swapStep + 1);
        assertThat(browser.find("#scrubber-step").getAttribute("value")).isEqualTo(String.valueOf(swapStep + 1));
    }

    @Test
    void filters_narrow_the_timeline_and_stay_in_the_url_with_the_moment() {
        browser.open("/analyst?axis=valid&event=" + CALL);
        int everything = browser.all("#timeline [data-event]").size();

        new Select(browser.find("#filter-kind")).selectByValue("call");
        browser.find("#apply-filters").click();
        browser.waitFor().until(driver -> browser.path().contains("kind=call"));
        browser.waitFor().until(driver -> browser.all("#timeline [data-event]").size() < everything);

        List<WebElement> listed = browser.all("#timeline [data-event]");
        assertThat(listed).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.getAttribute("data-kind")).isEqualTo("call"));
        assertThat(currentEvent()).isEqualTo(CALL);
        String shared = browser.path();
        assertThat(shared).contains("event=" + CALL.replace("/", "%2F")).contains("kind=call");

        browser.find("#step-next").click();
        browser.waitFor().until(driver -> !currentEvent().equals(CALL));
        assertThat(browser.path()).contains("kind=call");
        String next = currentEvent();

        browser.open(browser.path());
        assertThat(currentEvent()).as("the URL alone brings the view back").isEqualTo(next);
        assertThat(browser.all("#timeline [data-event]")).hasSize(2);
        browser.open(shared);
        assertThat(currentEvent()).isEqualTo(CALL);
        browser.screenshot("analyst-filtered-calls");
    }

    @Test
    void on_record_time_the_steps_follow_the_record_and_the_state_is_as_the_record_stood() {
        browser.open("/analyst?axis=valid&event=" + CALL);
        int callOnValidTime = stepNumber();
        assertThat(browser.find("#timeline [data-step='1'] .when").getText()).startsWith("2022");

        browser.find("#axis-record").click();
        browser.waitFor().until(driver -> browser.path().contains("axis=record"));
        browser.find("#analyst[data-axis='record']");

        assertThat(currentEvent()).as("the toggle keeps the fact selected").isEqualTo(CALL);
        assertThat(stepNumber()).isNotEqualTo(callOnValidTime);
        assertThat(browser.find("#moment").getText()).contains("record time");
        WebElement panel = browser.find("#state-panel");
        Instant knownAt = Instant.parse(panel.getAttribute("data-known-at"));
        Instant recorded = Instant.parse(browser.find("#current-event dd:nth-of-type(3)").getText());
        assertThat(knownAt).isEqualTo(recorded);
        List<Instant> recordOrder = browser.all("#timeline [data-event] .when").stream()
                .map(when -> Instant.parse(when.getText())).toList();
        assertThat(recordOrder).isSorted();
        browser.screenshot("analyst-record-time");
    }

    @Test
    void the_step_controls_are_reached_and_used_by_keyboard() {
        browser.open("/analyst?axis=valid&event=" + SWAP);
        int swapStep = stepNumber();

        assertThat(tabUntil("step-next", Keys.TAB)).as("Tab reaches the 'next' link").contains("step-next");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        waitForStep(swapStep + 1);

        assertThat(tabUntil("step-previous", Keys.chord(Keys.SHIFT, Keys.TAB))).contains("step-previous");
        assertThat(tabUntil("step-first", Keys.chord(Keys.SHIFT, Keys.TAB))).contains("step-first");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        waitForStep(1);
    }

    @Test
    void play_steps_on_by_itself_until_paused() {
        browser.open("/analyst?axis=valid&step=1");
        WebElement play = browser.find("#play");
        assertThat(play.isDisplayed()).as("the script shows the play button").isTrue();

        play.click();
        browser.waitFor().until(driver -> stepNumber() >= 3);
        browser.find("#play").click();
        browser.waitFor().until(driver -> "false".equals(browser.find("#play").getAttribute("aria-pressed")));
        int paused = stepNumber();

        assertThat(browser.path()).contains("event=");
        assertThat(browser.find("#play").getText()).contains("Play");
        assertThat(stepNumber()).as("paused where it was").isEqualTo(paused);
    }

    @Test
    void the_auditor_sees_the_kremlins_12_february_first_appearance_and_the_verified_chain() {
        browser.open("/auditor");
        assertThat(browser.find("#signed-in-as").getText()).isEqualTo(TestUsers.AUDITOR.userName());
        assertThat(browser.find(".site-header a[aria-current='page']").getText()).isEqualTo("Auditor");

        WebElement call = browser.find("#claims [data-claim='" + CALL + "']");
        assertThat(call.findElement(By.cssSelector("[data-asserted-by]")).getText()).isEqualTo("kremlin");
        WebElement first = call.findElement(By.cssSelector("[data-first-appearance]"));
        assertThat(first.findElement(By.cssSelector("[data-published]")).getText()).startsWith("2025-02-12");
        WebElement source = first.findElement(By.cssSelector("a[data-source-link]"));
        assertThat(source.getAttribute("data-source")).isEqualTo("seed-article");
        assertThat(source.getAttribute("href")).isNotBlank();
        assertThat(first.getText()).contains("by kremlin");

        List<String> published = browser.all("#claims [data-published]").stream().map(WebElement::getText).toList();
        assertThat(published).isSorted();
        assertThat(browser.all("#claims [data-claim]")).hasSizeGreaterThanOrEqualTo(ReferenceDossier.factCount());

        assertThat(browser.find("#verification").getAttribute("data-verdict")).isEqualTo("INTACT");
        assertThat(browser.find("#verdict").getText()).contains("verified");
        assertThat(browser.find("#digest").getText()).matches("[0-9a-f]{64}");
        browser.screenshot("auditor");

        source.click();
        browser.waitFor().until(driver -> browser.path().startsWith("/analyst"));
        assertThat(currentEvent()).isEqualTo(CALL);
    }

    @Test
    void a_filter_that_cannot_be_used_is_named_on_a_page_with_the_way_back() {
        browser.open("/auditor?kind=no-such-kind");

        WebElement problem = browser.find("#problem");
        assertThat(problem.getAttribute("data-parameter")).isEqualTo("kind");
        assertThat(problem.getText()).contains("'no-such-kind' is not a kind of fact").contains("call");
        assertThat(browser.find(".site-header a[aria-current='page']").getText()).isEqualTo("Auditor");
        browser.screenshot("bad-request");

        browser.find("#back").click();
        browser.waitFor().until(driver -> browser.path().equals("/auditor"));
        assertThat(browser.all("#claims [data-claim]")).isNotEmpty();
    }

    /** Presses {@code keys} (Tab, or Shift+Tab) until the element with that id has the focus; 40 presses at most. */
    private Optional<String> tabUntil(String id, CharSequence keys) {
        for (int i = 0; i < 40; i++) {
            WebElement focused = browser.driver().switchTo().activeElement();
            if (id.equals(focused.getAttribute("id"))) {
                return Optional.of(id);
            }
            focused.sendKeys(keys);
        }
        return Optional.empty();
    }

    private String currentEvent() {
        return browser.waitFor().until(driver ->
                browser.find("[data-current-event]").getAttribute("data-current-event"));
    }

    private int stepNumber() {
        return browser.waitFor().until(driver -> Integer.parseInt(browser.find("#step-number").getText()));
    }

    private void waitForStep(int number) {
        browser.waitFor().until(driver -> stepNumber() == number);
    }

    private String channelStatus() {
        List<WebElement> channel = browser.all(US_RUSSIA);
        return channel.isEmpty() ? "NONE" : channel.get(0).getAttribute("data-status");
    }

    private boolean storyProjected() {
        Instant now = Instant.now();
        TimelinePage timeline = queries.query(FindTimeline.all(), ResponseTypes.instanceOf(TimelinePage.class)).join();
        DiplomaticState on13 = queries.query(new DiplomaticStateAt(Instant.parse("2025-02-13T12:00:00Z"), now, null),
                ResponseTypes.instanceOf(DiplomaticState.class)).join();
        ClaimPage claims = queries.query(FindClaims.all(), ResponseTypes.instanceOf(ClaimPage.class)).join();
        Verification chain = queries.query(new IsChainIntact(), ResponseTypes.instanceOf(Verification.class)).join();
        PositionsPage positions = queries.query(FindPositions.now(), ResponseTypes.instanceOf(PositionsPage.class))
                .join();
        return timeline.total() == ReferenceDossier.factCount()
                && on13.invitations().size() == 1 && on13.meetings().size() == 2 && on13.tracks().size() == 3
                && claims.total() >= ReferenceDossier.factCount()
                && chain.count() > 0 && chain.notYetSealed() == 0
                && !positions.entries().isEmpty();
    }

    /** What a step showed: the US-Russia channel's status (NONE when there was no channel) and the invitation. */
    record StepState(String channel, boolean moscowInvited) {
    }
}
