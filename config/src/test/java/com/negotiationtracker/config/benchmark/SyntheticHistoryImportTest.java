package com.negotiationtracker.config.benchmark;

import com.negotiationtracker.config.support.TrackerOnTemporaryFolder;
import com.negotiationtracker.core.dossier.DossierFormat;
import com.negotiationtracker.core.dossier.DossierImporter;
import com.negotiationtracker.core.dossier.ImportReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A synthetic history imports into the application as it is, dossier after dossier: the write side's own rules
 * (invitations answered once, meetings closed once held, claims reported once ...) accept all of it.
 */
@TrackerOnTemporaryFolder(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "tracker.reference-story.load-into-empty-store=false",
                // The read models' processors (6 processors x 4 segments) project each dossier while the next one is
                // validated; with the default pool of 10 connections the import can wait more than the 5 s
                // connection timeout on a loaded machine. This test is about the generated dossiers, not the pool
                // (see BENCHMARKS.md for the pool starvation itself).
                "spring.datasource.hikari.maximum-pool-size=40"
        })
class SyntheticHistoryImportTest {

    @Autowired
    DossierImporter importer;

    @Test
    void everyFactAndReportOfEveryDossierIsRecordedAndASecondImportRecordsNothing() {
        SyntheticHistory history = SyntheticHistory.of(21, 1_500, 500);
        List<SyntheticDossier> dossiers = new ArrayList<>();
        while (history.hasNext()) {
            SyntheticDossier dossier = history.next();
            ImportReport report = importer.importDossier(dossier.json(), DossierFormat.JSON);

            assertThat(report.factsRecorded()).as("facts of %s", dossier.id()).isEqualTo(dossier.facts());
            assertThat(report.reportsRecorded()).as("reports of %s", dossier.id()).isEqualTo(dossier.reports());
            dossiers.add(dossier);
        }
        SyntheticCast cast = history.cast();
        assertThat(dossiers).hasSize(3);
        assertThat(dossiers.get(1).reports()).isPositive();

        ImportReport again = importer.importDossier(dossiers.get(0).json(), DossierFormat.JSON);

        assertThat(again.recordedNothing()).isTrue();
        assertThat(again.factsAlreadyRecorded()).isEqualTo(dossiers.get(0).facts());
        assertThat(again.actorsUnchanged()).isEqualTo(cast.actors().size());
        assertThat(again.tracksUnchanged()).isEqualTo(cast.tracks().size());
    }
}
