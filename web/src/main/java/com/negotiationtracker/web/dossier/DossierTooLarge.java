package com.negotiationtracker.web.dossier;

import com.negotiationtracker.web.problem.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

/** A dossier over the size limit: answered 413 with a problem naming the limit; nothing of it was read further. */
public class DossierTooLarge extends ErrorResponseException {

    public DossierTooLarge(DataSize limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, problem(limit), null);
    }

    private static ProblemDetail problem(DataSize limit) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "a dossier may be at most " + readable(limit) + " (" + limit.toBytes() + " bytes); split this one");
        problem.setType(ProblemTypes.DOSSIER_TOO_LARGE);
        problem.setTitle("Dossier too large");
        problem.setProperty("limit", readable(limit));
        problem.setProperty("limitBytes", limit.toBytes());
        return problem;
    }

    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes > 0 && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes > 0 && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " bytes";
    }
}
