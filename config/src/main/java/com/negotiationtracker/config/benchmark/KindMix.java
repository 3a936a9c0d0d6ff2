package com.negotiationtracker.config.benchmark;

import com.negotiationtracker.core.dossier.FactKind;
import com.negotiationtracker.core.dossier.ReportKind;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The kind mix of a synthetic history, as a real story has it: many statements and positions, calls, demands and
 * proposals, invitations and their answers, meetings proposed, scheduled and held, now and then a prisoner swap or a
 * suspension of contact; and, besides the facts, later reports of the same claims in other sources.
 * <p>
 * Fact kinds are weighted per thousand facts. Answers to invitations and later steps of meetings need an open
 * invitation or meeting; their weights stay below those of the facts that open them, so that the generator can
 * always keep the mix.
 */
final class KindMix {

    static final int PER_THOUSAND = 1000;

    private static final Map<FactKind, Integer> FACTS;
    private static final Map<ReportKind, Double> REPORTS;

    static {
        Map<FactKind, Integer> facts = new EnumMap<>(FactKind.class);
        facts.put(FactKind.STATEMENT, 180);
        facts.put(FactKind.POSITION, 185);
        facts.put(FactKind.CALL, 100);
        facts.put(FactKind.DEMAND, 60);
        facts.put(FactKind.PROPOSAL, 55);
        facts.put(FactKind.SECURITY_GUARANTEE, 20);
        facts.put(FactKind.TALKS_AGREED, 25);
        facts.put(FactKind.CONTACT_SUSPENDED, 10);
        facts.put(FactKind.PRISONER_SWAP, 20);
        facts.put(FactKind.INVITATION_ISSUED, 60);
        facts.put(FactKind.INVITATION_ACCEPTED, 30);
        facts.put(FactKind.INVITATION_DECLINED, 12);
        facts.put(FactKind.INVITATION_WITHDRAWN, 8);
        facts.put(FactKind.MEETING_PROPOSED, 70);
        facts.put(FactKind.MEETING_AGREED, 30);
        facts.put(FactKind.MEETING_VENUE_CONSIDERED, 25);
        facts.put(FactKind.MEETING_SCHEDULED, 55);
        facts.put(FactKind.MEETING_HELD, 45);
        facts.put(FactKind.MEETING_CANCELLED, 10);
        int total = facts.values().stream().mapToInt(Integer::intValue).sum();
        if (total != PER_THOUSAND) {
            throw new IllegalStateException("the fact kinds weigh " + total + " per thousand, not 1000");
        }
        FACTS = Collections.unmodifiableMap(facts);

        Map<ReportKind, Double> reports = new EnumMap<>(ReportKind.class);
        reports.put(ReportKind.APPEARANCE, 0.35);
        reports.put(ReportKind.CORROBORATION, 0.10);
        reports.put(ReportKind.DISPUTE, 0.02);
        reports.put(ReportKind.CORRECTION, 0.01);
        reports.put(ReportKind.RETRACTION, 0.005);
        REPORTS = Collections.unmodifiableMap(reports);
    }

    private KindMix() {
    }

    /** Facts of each kind per thousand facts. */
    static Map<FactKind, Integer> facts() {
        return FACTS;
    }

    /** The share of facts that a later report of each kind is about. */
    static Map<ReportKind, Double> reports() {
        return REPORTS;
    }

    /**
     * Fact kinds in the declared proportions, exactly: a shuffled deck of a thousand cards, one per fact, dealt
     * in turn and shuffled again when it is used up.
     */
    static final class Deck {
        private final SplittableRandom random;
        private final FactKind[] cards = new FactKind[PER_THOUSAND];
        private int dealt = PER_THOUSAND;

        Deck(SplittableRandom random) {
            this.random = random;
            int card = 0;
            for (Map.Entry<FactKind, Integer> kind : FACTS.entrySet()) {
                for (int i = 0; i < kind.getValue(); i++) {
                    cards[card++] = kind.getKey();
                }
            }
        }

        FactKind deal() {
            if (dealt == PER_THOUSAND) {
                for (int i = cards.length - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    FactKind swapped = cards[i];
                    cards[i] = cards[j];
                    cards[j] = swapped;
                }
                dealt = 0;
            }
            return cards[dealt++];
        }
    }

    /** Whether a fact of this kind needs an open invitation or meeting that an earlier fact opened. */
    static boolean followsUp(FactKind kind) {
        return switch (kind) {
            case INVITATION_ACCEPTED, INVITATION_DECLINED, INVITATION_WITHDRAWN, MEETING_VENUE_CONSIDERED,
                 MEETING_SCHEDULED, MEETING_HELD, MEETING_CANCELLED -> true;
            default -> false;
        };
    }
}
