package com.negotiationtracker.core.dossier;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.call.RecordCall;
import com.negotiationtracker.core.claim.ClaimAppeared;
import com.negotiationtracker.core.claim.ClaimCorrected;
import com.negotiationtracker.core.claim.ClaimCorroborated;
import com.negotiationtracker.core.claim.ClaimDisputed;
import com.negotiationtracker.core.claim.ClaimEvent;
import com.negotiationtracker.core.claim.ClaimField;
import com.negotiationtracker.core.claim.ClaimRetracted;
import com.negotiationtracker.core.claim.ClaimValue;
import com.negotiationtracker.core.claim.DisputeClaim;
import com.negotiationtracker.core.claim.RecordAppearance;
import com.negotiationtracker.core.meeting.Venue;
import com.negotiationtracker.core.time.Hedge;
import com.negotiationtracker.core.time.ReportedDuration;
import com.negotiationtracker.core.time.ValidTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.negotiationtracker.core.dossier.SampleDossier.list;
import static com.negotiationtracker.core.dossier.SampleDossier.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

/** The {@code reports} section: later reports about claims, validated and imported like facts. */
class DossierReportsTest {

    /** A later article about the reference story that repeats, confirms, disputes and corrects its claims. */
    static Map<String, Object> laterArticle() {
        return map(
                "version", 1,
                "id", "example-wire-2025-02-13",
                "sources", list(map("id", "example-wire-2025-02-13", "publishedAt", "2025-02-13",
                        "outlet", "Example Wire", "url", "https://wire.example/2025/02/13/calls")),
                "actors", list(map("id", "white-house", "name", "The White House", "kind", "office",
                        "speaksFor", list("united-states", "trump"))),
                "reports", list(
                        report("wire-repeats-trump-putin-call", "appearance", "us-russia", "trump-putin-call",
                                map("assertedBy", "kremlin", "channel", "statement",
                                        "source", "example-wire-2025-02-13",
                                        "quote", "close to an hour and a half")),
                        report("white-house-confirms-trump-putin-call", "corroboration", "us-russia",
                                "trump-putin-call", map("assertedBy", "white-house", "channel", "briefing",
                                        "source", "example-wire-2025-02-13")),
                        withFieldAndValue(report("white-house-zelenskiy-call-duration", "dispute", "us-ukraine",
                                        "trump-zelenskiy-call", map("assertedBy", "white-house",
                                                "channel", "briefing", "source", "example-wire-2025-02-13")),
                                "duration", map("value", "PT45M", "hedge", "at-most",
                                        "asReported", "under 45 minutes")),
                        withFieldAndValue(report("kremlin-names-the-venue", "correction", "us-russia",
                                        "third-country-venue-considered", map("assertedBy", "kremlin",
                                                "source", "example-wire-2025-02-13")),
                                "venue", map("kind", "third-country", "place", "Riyadh")),
                        report("wire-retracts-munich-meeting", "retraction", "us-ukraine",
                                "trump-zelenskiy-munich-meeting-proposed", map("assertedBy", "trump",
                                        "source", "example-wire-2025-02-13"))));
    }

    static Map<String, Object> report(String id, String kind, String track, String claim,
                                      Map<String, Object> provenance) {
        return map("id", id, "kind", kind, "track", track, "claim", claim, "provenance", provenance);
    }

    static Map<String, Object> withFieldAndValue(Map<String, Object> report, String field, Object value) {
        report.put("field", field);
        report.put("value", value);
        return report;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> reports(Map<String, Object> dossier) {
        return (List<Map<String, Object>>) dossier.get("reports");
    }

    @Nested
    class Importing {

        private final InMemoryTracker tracker = new InMemoryTracker();
        private final DossierImporter importer = tracker.importer();

        @AfterEach
        void shutDown() {
            tracker.close();
        }

        @Test
        void laterReportsAreRecordedBesideTheClaimsTheyAreAbout() {
            importer.importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);
            long facts = tracker.events().stream().filter(e -> !(e instanceof ClaimEvent)).count();

            ImportReport report = importer.importDossier(SampleDossier.yaml(laterArticle()), DossierFormat.YAML);

            assertThat(report).isEqualTo(new ImportReport("example-wire-2025-02-13", 1, 0, 0, 0, 0, 0, 5, 0));
            assertThat(report.summary()).contains("5 reports");
            List<Object> events = tracker.events();
            assertThat(events.stream().filter(e -> !(e instanceof ClaimEvent))).hasSize((int) facts + 1);
            assertThat(events.stream().filter(ClaimEvent.class::isInstance)).extracting(Object::getClass)
                    .containsExactly(ClaimAppeared.class, ClaimCorroborated.class, ClaimDisputed.class,
                            ClaimCorrected.class, ClaimRetracted.class);
            ClaimDisputed dispute = events.stream().filter(ClaimDisputed.class::isInstance)
                    .map(ClaimDisputed.class::cast).findFirst().orElseThrow();
            assertThat(dispute.claimedValue()).isEqualTo(
                    ClaimValue.of(new ReportedDuration("PT1H", Hedge.APPROXIMATE, "around an hour")));
            assertThat(dispute.claimedIn().assertedBy()).isEqualTo(ActorId.of("zelenskiy-office"));
            assertThat(dispute.otherValue()).isEqualTo(
                    ClaimValue.of(new ReportedDuration("PT45M", Hedge.AT_MOST, "under 45 minutes")));
            assertThat(dispute.provenance().assertedBy()).isEqualTo(ActorId.of("white-house"));
        }

        @Test
        void importingTheSameReportsAgainRecordsNothing() {
            importer.importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);
            importer.importDossier(SampleDossier.yaml(laterArticle()), DossierFormat.YAML);
            long events = tracker.eventCount();

            ImportReport again = importer.importDossier(SampleDossier.json(laterArticle()), DossierFormat.JSON);

            assertThat(again.recordedNothing()).isTrue();
            assertThat(again.reportsAlreadyRecorded()).isEqualTo(5);
            assertThat(again.summary()).contains("nothing new to record").contains("5 reports");
            assertThat(tracker.eventCount()).isEqualTo(events);
        }

        @Test
        void aReportTheWriteSideRefusesIsNamedAndNothingOfItsDossierIsRecorded() {
            importer.importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);
            long events = tracker.eventCount();
            Map<String, Object> dossier = laterArticle();
            reports(dossier).get(1).put("claim", "trump-putin-phone-call");
            withFieldAndValue(reports(dossier).get(2), "duration", "PT1H");
            reports(dossier).get(2).put("value", map("value", "PT1H", "approximate", true,
                    "asReported", "around an hour"));

            DossierRejected rejected = catchThrowableOfType(DossierRejected.class,
                    () -> importer.importDossier(SampleDossier.yaml(dossier), DossierFormat.YAML));

            assertThat(rejected.errors()).extracting(DossierError::entry, DossierError::field).containsExactly(
                    tuple("reports[1] (id 'white-house-confirms-trump-putin-call')", "claim"),
                    tuple("reports[2] (id 'white-house-zelenskiy-call-duration')", "value"));
            assertThat(rejected.errors().get(0).message()).startsWith("CLAIM_MUST_EXIST");
            assertThat(rejected.errors().get(1).message()).startsWith("DISPUTE_NEEDS_ANOTHER_VALUE");
            assertThat(tracker.eventCount()).isEqualTo(events);
        }

        @Test
        @SuppressWarnings("unchecked")
        void aReportIdCannotBeReusedForOtherContent() {
            importer.importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);
            importer.importDossier(SampleDossier.yaml(laterArticle()), DossierFormat.YAML);
            Map<String, Object> dossier = laterArticle();
            ((Map<String, Object>) reports(dossier).get(0).get("provenance")).put("quote", "about 90 minutes");

            DossierRejected rejected = catchThrowableOfType(DossierRejected.class,
                    () -> importer.importDossier(SampleDossier.yaml(dossier), DossierFormat.YAML));

            assertThat(rejected.errors()).singleElement().satisfies(error -> {
                assertThat(error.entry()).isEqualTo("reports[0] (id 'wire-repeats-trump-putin-call')");
                assertThat(error.field()).isEqualTo("id");
                assertThat(error.message()).startsWith("REPORT_RECORDED_ONCE");
            });
        }

        @Test
        void aReportMayBeAboutAFactOfTheSameDossier() {
            Map<String, Object> seed = SampleDossier.seed();
            seed.put("reports", list(withFieldAndValue(report("kremlin-redates-swap", "correction", "us-russia",
                    "us-russia-prisoner-swap", map("assertedBy", "kremlin", "source", "seed-article")),
                    "validTime", map("value", "2025-02-11", "approximate", true))));

            ImportReport report = importer.importDossier(SampleDossier.yaml(seed), DossierFormat.YAML);

            assertThat(report.factsRecorded()).isEqualTo(SampleDossier.SEED_FACTS);
            assertThat(report.reportsRecorded()).isEqualTo(1);
            assertThat(tracker.events().get(tracker.events().size() - 1)).isInstanceOfSatisfying(
                    ClaimCorrected.class, corrected -> {
                        assertThat(corrected.previousValue()).isEqualTo(ClaimValue.of(ValidTime.of("2025-02-11")));
                        assertThat(corrected.correctedValue())
                                .isEqualTo(ClaimValue.of(ValidTime.approximately("2025-02-11")));
                    });
        }
    }

    @Nested
    class Documented {

        private static final java.nio.file.Path DOC = java.nio.file.Path.of("..", "docs", "dossier-format.md");

        @Test
        void theReportsExampleImportsAfterTheReferenceStory() throws java.io.IOException {
            String doc = java.nio.file.Files.readString(DOC);
            String section = doc.substring(doc.indexOf("## Reports: later news of a claim"));
            java.util.regex.Matcher block = java.util.regex.Pattern.compile("(?s)```yaml\\n(.*?)\\n```")
                    .matcher(section);
            assertThat(block.find()).isTrue();
            try (InMemoryTracker tracker = new InMemoryTracker()) {
                tracker.importer().importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);

                ImportReport report = tracker.importer().importDossier(block.group(1), DossierFormat.YAML);

                assertThat(report.reportsRecorded()).isEqualTo(4);
                assertThat(report.actorsRecorded()).isEqualTo(1);
            }
        }

        @Test
        void everyReportKindAndEveryDisputableFieldIsDocumented() throws java.io.IOException {
            String doc = java.nio.file.Files.readString(DOC);
            for (ReportKind kind : ReportKind.values()) {
                assertThat(doc).contains("| `" + kind.label() + "` |");
            }
            for (String field : ReportKind.COMMON_FIELDS) {
                assertThat(doc).contains("| `" + field + "` ");
            }
            for (ClaimField field : ClaimField.values()) {
                assertThat(doc).contains("`" + field.label() + "`");
            }
        }
    }

    @Nested
    class Validating {

        private final DossierValidator validator = new DossierValidator(actor -> true,
                track -> track.value().equals("us-russia"));
        private final Map<String, Object> dossier = map(
                "id", "later",
                "sources", list(map("id", "wire", "publishedAt", "2025-02-13")),
                "facts", list(map("id", "north-call", "kind", "call", "track", "us-russia",
                        "summary", "A call.", "validTime", "2025-02-13",
                        "provenance", map("assertedBy", "kremlin", "source", "wire"),
                        "participants", list("trump", "putin"))),
                "reports", list(withFieldAndValue(report("other-duration", "dispute", "us-russia",
                        "trump-putin-call", map("assertedBy", "white-house", "source", "wire")),
                        "duration", map("value", "PT2H", "hedge", "approximate"))));

        private List<DossierError> errors() {
            return validator.check(SampleDossier.tree(dossier));
        }

        private Map<String, Object> theReport() {
            return reports(dossier).get(0);
        }

        @Test
        void aValidReportBecomesItsCommand() {
            ValidatedDossier valid = validator.validate(SampleDossier.tree(dossier));

            assertThat(valid.reports()).singleElement().satisfies(report -> {
                assertThat(report.kind()).isEqualTo(ReportKind.DISPUTE);
                assertThat(report.entry()).isEqualTo("reports[0] (id 'other-duration')");
                DisputeClaim dispute = (DisputeClaim) report.command();
                assertThat(dispute.field()).isEqualTo(ClaimField.DURATION);
                assertThat(dispute.otherValue())
                        .isEqualTo(ClaimValue.of(new ReportedDuration("PT2H", Hedge.APPROXIMATE, null)));
            });
            assertThat(valid.commands().get(valid.commands().size() - 1)).isInstanceOf(DisputeClaim.class);
        }

        @Test
        void anAppearanceNeedsNoFieldNorValue() {
            reports(dossier).set(0, report("wire-repeats", "appearance", "us-russia", "trump-putin-call",
                    map("assertedBy", "kremlin", "source", "wire", "quote", "close to an hour and a half")));

            assertThat(validator.validate(SampleDossier.tree(dossier)).reports().get(0).command())
                    .isInstanceOf(RecordAppearance.class);
        }

        @Test
        void anUnknownKindListsTheKinds() {
            theReport().put("kind", "dispte");

            assertThat(errors()).extracting(DossierError::field, DossierError::message).contains(tuple("kind",
                    "unknown report kind 'dispte' (did you mean 'dispute'?); the kinds are appearance,"
                            + " corroboration, dispute, correction, retraction"));
        }

        @Test
        void anAppearanceHasNoValue() {
            theReport().put("kind", "appearance");

            assertThat(errors()).extracting(DossierError::entry, DossierError::field)
                    .contains(tuple("reports[0] (id 'other-duration')", "field"),
                            tuple("reports[0] (id 'other-duration')", "value"));
        }

        @Test
        void theFieldIsOneThatCanBeDisputed() {
            theReport().put("field", "durration");

            assertThat(errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("field");
                assertThat(error.message()).contains("unknown field 'durration' (did you mean 'duration'?)");
            });
        }

        @Test
        void theValueIsWrittenAsTheFieldIs() {
            theReport().put("value", map("value", "two hours"));

            assertThat(errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("value.value");
                assertThat(error.message()).contains("'two hours' is not an ISO-8601 duration");
            });
        }

        @Test
        void aMissingValueIsNamed() {
            theReport().remove("value");

            assertThat(errors()).extracting(DossierError::field, DossierError::message)
                    .containsExactly(tuple("value", "missing required field 'value'"));
        }

        @Test
        void otherFieldsTakeTheirOwnValues() {
            withFieldAndValue(theReport(), "venue", "third-country");
            assertThat(validator.validate(SampleDossier.tree(dossier)).reports().get(0).command())
                    .isEqualTo(new DisputeClaim(com.negotiationtracker.core.track.TrackId.of("us-russia"),
                            com.negotiationtracker.core.track.FactId.of("trump-putin-call"),
                            com.negotiationtracker.core.claim.ReportId.of("other-duration"), ClaimField.VENUE,
                            ClaimValue.of(Venue.thirdCountry()),
                            ((DisputeClaim) validator.validate(SampleDossier.tree(dossier)).reports().get(0)
                                    .command()).provenance()));

            withFieldAndValue(theReport(), "releasedCount", "nine");
            assertThat(errors()).extracting(DossierError::field).containsExactly("value");

            withFieldAndValue(theReport(), "validTime", "Tuesday");
            assertThat(errors()).extracting(DossierError::field).containsExactly("value");
        }

        @Test
        void aClaimOfThisDossierBelongsToItsTrack() {
            theReport().put("claim", "north-call");
            theReport().put("track", "elsewhere");

            assertThat(errors()).extracting(DossierError::field).contains("track");

            dossier.put("tracks", list(map("id", "elsewhere", "title", "Elsewhere")));
            assertThat(errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("claim");
                assertThat(error.message()).contains("is a fact of track 'us-russia' (facts[0] (id 'north-call'))");
            });
        }

        @Test
        void aFieldTheClaimOfThisDossierDoesNotHaveIsNamed() {
            theReport().put("claim", "north-call");
            withFieldAndValue(theReport(), "stance", "another stance");

            assertThat(errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("field");
                assertThat(error.message()).contains("is a fact of kind 'call', which has no field 'stance'");
            });
        }

        @Test
        void duplicateReportIdsAreNamed() {
            reports(dossier).add(new java.util.LinkedHashMap<>(theReport()));

            assertThat(errors()).extracting(DossierError::entry, DossierError::field)
                    .containsExactly(tuple("reports[1] (id 'other-duration')", "id"));
        }

        @Test
        @SuppressWarnings("unchecked")
        void aHedgeAndApproximateMustAgree() {
            ((Map<String, Object>) theReport().get("value")).put("approximate", false);

            assertThat(errors()).extracting(DossierError::field).containsExactly("value.approximate");
        }

        @Test
        void durationsOfFactsMayBeHedgedToo() {
            SampleDossier.facts(dossier).get(0).put("duration",
                    map("value", "PT1H", "hedge", "at-least", "asReported", "more than an hour"));

            RecordCall call = (RecordCall) validator.validate(SampleDossier.tree(dossier)).facts().get(0).command();
            assertThat(call.duration()).isEqualTo(new ReportedDuration("PT1H", Hedge.AT_LEAST, "more than an hour"));

            SampleDossier.facts(dossier).get(0).put("duration", map("value", "PT1H", "hedge", "roughly"));
            assertThat(errors()).extracting(DossierError::field, DossierError::message).containsExactly(
                    tuple("duration.hedge", "unknown value 'roughly'; write one of exact, approximate, at-least,"
                            + " at-most"));
        }
    }

}
