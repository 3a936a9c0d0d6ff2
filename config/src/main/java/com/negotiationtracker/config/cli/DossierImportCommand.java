package com.negotiationtracker.config.cli;

import com.negotiationtracker.core.dossier.DossierFormat;
import com.negotiationtracker.core.dossier.DossierImporter;
import com.negotiationtracker.core.dossier.DossierRejected;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar negotiation-tracker.jar import FILE...}: imports each dossier in turn (YAML or JSON by file
 * extension), prints what each recorded, and exits non-zero if any was rejected. Each file is all-or-nothing.
 */
@Component
@Profile(DossierImportCommand.PROFILE)
public class DossierImportCommand implements ApplicationRunner, ExitCodeGenerator {

    public static final String PROFILE = "import";
    private static final String VERB = "import";

    private final DossierImporter importer;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode;

    public DossierImportCommand(DossierImporter importer) {
        this.importer = importer;
        this.out = System.out;
        this.err = System.err;
    }

    public static boolean isRequested(String[] args) {
        return args.length > 0 && VERB.equals(args[0]);
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> files = args.getNonOptionArgs().stream().skip(1).toList();
        if (files.isEmpty()) {
            err.println("usage: java -jar negotiation-tracker.jar import DOSSIER.yaml|DOSSIER.json ...");
            exitCode = 64;
            return;
        }
        files.forEach(file -> importFile(Path.of(file)));
    }

    private void importFile(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            out.println(file + ": " + importer.importDossier(content, DossierFormat.ofFileName(file.toString()))
                    .summary());
        } catch (DossierRejected rejected) {
            err.println(file + ": " + rejected.getMessage());
            exitCode = 1;
        } catch (IOException | IllegalArgumentException unreadable) {
            err.println(file + ": cannot import: " + unreadable.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
