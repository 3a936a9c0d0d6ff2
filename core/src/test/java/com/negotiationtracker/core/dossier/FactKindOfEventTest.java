package com.negotiationtracker.core.dossier;

import com.negotiationtracker.core.track.FactEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every recorded fact event names the dossier kind it was written as. */
class FactKindOfEventTest {

    @Test
    void eachEventOfTheReferenceAndSmallDossiersHasTheKindItWasWrittenAs() {
        try (InMemoryTracker tracker = new InMemoryTracker()) {
            tracker.importer().importDossier(SampleDossier.seedYaml(), DossierFormat.YAML);
            tracker.importer().importDossier(SampleDossier.yaml(SampleDossier.small()), DossierFormat.YAML);
            Map<String, String> written = new java.util.HashMap<>();
            for (Map<String, Object> dossier : List.of(SampleDossier.seed(), SampleDossier.small())) {
                SampleDossier.facts(dossier).forEach(fact -> written.put((String) fact.get("id"),
                        (String) fact.get("kind")));
            }

            Map<String, String> recorded = tracker.events().stream().filter(FactEvent.class::isInstance)
                    .map(FactEvent.class::cast)
                    .collect(Collectors.toMap(event -> event.fact().id().value(),
                            event -> FactKind.ofEvent(event).map(FactKind::label).orElse("none")));

            assertThat(recorded).isEqualTo(written);
        }
    }
}
