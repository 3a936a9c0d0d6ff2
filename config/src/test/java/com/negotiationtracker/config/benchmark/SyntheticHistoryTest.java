package com.negotiationtracker.config.benchmark;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.dossier.DossierError;
import com.negotiationtracker.core.dossier.DossierFormat;
import com.negotiationtracker.core.dossier.DossierImporter;
import com.negotiationtracker.core.dossier.FactKind;
import com.negotiationtracker.core.dossier.ReportKind;
import com.negotiationtracker.core.time.TimePrecision;
import com.negotiationtracker.core.track.TrackId;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.NoTransactionManager;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SyntheticHistoryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the store would know after the dossiers imported so far: the ids they registered and opened. */
    private final Set<String> knownActors = new HashSet<>();
    private final Set<String> knownTracks = new HashSet<>();
    // check(...) only reads and validates; the gateway and transaction manager are there because the importer needs
    // them to record, which these tests do not do (SyntheticHistoryImportTest does, into the application)
    private final DossierImporter importer = new DossierImporter(
            DefaultCommandGateway.builder().commandBus(SimpleCommandBus.builder().build()).build(),
            NoTransactionManager.INSTANCE,
            actor -> knownActors.contains(actor.value()),
            track -> knownTracks.contains(track.value()));

    @Test
    void everyDossierPassesTheImportersChecksAfterTheOnesBeforeIt() {
        SyntheticHistory history = SyntheticHistory.of(7, 3_000, 1_000);
        int dossiers = 0;
        while (history.hasNext()) {
            SyntheticDossier dossier = history.next();
            List<DossierError> errors = importer.check(dossier.json(), DossierFormat.JSON);
            assertThat(errors).as("errors in dossier %s", dossier.id()).isEmpty();
            remember(JSON.readTree(dossier.json()));
            dossiers++;
        }
        assertThat(dossiers).isEqualTo(3);
    }

    @Test
    void laterDossiersNameActorsAndTracksTheyDoNotListSoTheyNeedTheFirstOne() {
        SyntheticHistory history = SyntheticHistory.of(7, 2_000, 1_000);
        history.next();
        SyntheticDossier second = history.next();

        assertThat(importer.check(second.json(), DossierFormat.JSON))
                .as("without the first dossier's actors and tracks in the store")
                .isNotEmpty()
                .anySatisfy(error -> assertThat(error.message()).contains("unknown actor"));
    }

    @Test
    void theKindMixIsAsDeclared() {
        int facts = 20_000;
        Map<FactKind, Integer> kinds = new EnumMap<>(FactKind.class);
        Map<ReportKind, Integer> reports = new EnumMap<>(ReportKind.class);
        SyntheticHistory history = SyntheticHistory.of(11, facts, 1_000);
        while (history.hasNext()) {
            JsonNode dossier = JSON.readTree(history.next().json());
            dossier.get("facts").forEach(fact ->
                    kinds.merge(FactKind.of(fact.get("kind").asString()).orElseThrow(), 1, Integer::sum));
            dossier.get("reports").forEach(report ->
                    reports.merge(ReportKind.of(report.get("kind").asString()).orElseThrow(), 1, Integer::sum));
        }

        assertThat(kinds.keySet()).as("every kind of fact occurs").containsExactlyInAnyOrder(FactKind.values());
        assertThat(kinds.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(facts);
        // fact kinds are dealt from a deck of the declared proportions: exact, but for a few answers and meeting steps
        // that wait for something to answer or take further
        KindMix.facts().forEach((kind, perThousand) ->
                assertThat(kinds.get(kind) * 1000.0 / facts).as("%s per thousand facts", kind.label())
                        .isCloseTo(perThousand, within(0.5)));
        // reports are drawn fact by fact: within four standard deviations of the declared share
        KindMix.reports().forEach((kind, share) ->
                assertThat(reports.getOrDefault(kind, 0) / (double) facts).as("%s reports per fact", kind.label())
                        .isCloseTo(share, within(4 * Math.sqrt(share * (1 - share) / facts) + 0.001)));
    }

    @Test
    void theCastHasAboutTwoHundredActorsOfEveryKindAndHundredsOfTracks() {
        JsonNode first = JSON.readTree(SyntheticHistory.of(3, 1_000, 1_000).next().json());

        List<String> actorKinds = new ArrayList<>();
        first.get("actors").forEach(actor -> actorKinds.add(actor.get("kind").asString()));
        assertThat(actorKinds).hasSizeBetween(180, 230)
                .contains("state", "person", "office", "alliance", "organization", "unnamed-sources");
        List<JsonNode> offices = new ArrayList<>();
        first.get("actors").forEach(actor -> {
            if (actor.get("kind").asString().equals("office")) {
                offices.add(actor);
            }
        });
        assertThat(offices).allSatisfy(office -> assertThat(office.get("speaksFor")).hasSize(2));
        assertThat(first.get("tracks")).hasSizeGreaterThanOrEqualTo(200);
    }

    @Test
    void factsSpreadOverYearsFromManySourcesAndSomeAreReportedLate() {
        JsonNode dossier = JSON.readTree(SyntheticHistory.of(5, 10_000, 10_000).next().json());
        List<Instant> validTimes = new ArrayList<>();
        Set<String> sources = new HashSet<>();
        dossier.get("facts").forEach(fact -> {
            JsonNode time = fact.get("validTime");
            String text = time.isObject() ? time.get("value").asString() : time.asString();
            validTimes.add(TimePrecision.of(text).start(text));
            sources.add(fact.get("provenance").get("source").asString());
        });
        Set<String> outlets = new HashSet<>();
        dossier.get("sources").forEach(source -> outlets.add(source.get("outlet").asString()));

        assertThat(validTimes.get(validTimes.size() - 1).getEpochSecond() - validTimes.get(0).getEpochSecond())
                .as("seconds from the first fact to the last").isGreaterThan(10L * 365 * 86_400);
        long late = 0;
        Instant latest = validTimes.get(0);
        for (Instant time : validTimes) {
            if (time.isBefore(latest.minusSeconds(30L * 86_400))) {
                late++;
            }
            latest = time.isAfter(latest) ? time : latest;
        }
        assertThat(late).as("facts a month or more before one listed above them").isBetween(200L, 1_500L);
        assertThat(sources).hasSizeGreaterThan(500);
        assertThat(outlets).hasSize(SyntheticCast.OUTLETS.size());
    }

    @Test
    void theSameSeedMakesTheSameDossiersAndAnotherSeedOthers() {
        String once = SyntheticHistory.of(42, 500, 500).next().json();
        String again = SyntheticHistory.of(42, 500, 500).next().json();
        String other = SyntheticHistory.of(43, 500, 500).next().json();

        assertThat(again).isEqualTo(once);
        assertThat(other).isNotEqualTo(once);
    }

    @Test
    void aSingleWriteIsADossierOfOneFactAboutTheActorsAndTracksOfTheWorld() {
        SyntheticHistory history = SyntheticHistory.of(9, 1_000, 1_000);
        remember(JSON.readTree(history.next().json()));
        SyntheticHistory writer = new SyntheticHistory(history.cast(), 99, 1, 1);

        for (int i = 0; i < 20; i++) {
            SyntheticDossier single = writer.oneFactDossier("api-test-" + i, SyntheticHistory.END);

            assertThat(importer.check(single.json(), DossierFormat.JSON)).as("errors in %s", single.id()).isEmpty();
            JsonNode dossier = JSON.readTree(single.json());
            assertThat(dossier.get("facts")).hasSize(1);
            assertThat(dossier.get("facts").get(0).get("id").asString()).isEqualTo("api-test-" + i);
            assertThat(dossier.has("actors")).isFalse();
        }
    }

    private void remember(JsonNode dossier) {
        if (dossier.has("actors")) {
            dossier.get("actors").forEach(actor -> knownActors.add(ActorId.of(actor.get("id").asString()).value()));
        }
        if (dossier.has("tracks")) {
            dossier.get("tracks").forEach(track -> knownTracks.add(TrackId.of(track.get("id").asString()).value()));
        }
    }
}
