package com.negotiationtracker.query.position;

import com.negotiationtracker.query.timeline.SourceView;
import com.negotiationtracker.query.timeline.ValidTimeView;

import java.time.Instant;

/**
 * A party's stance on an issue, as the positions read model answers it (and the REST API returns it).
 *
 * @param stance       the stance, in the dossier's words ({@code unrealistic})
 * @param words        the words the source quotes, null where it quotes none
 * @param summary      the editor's one-line summary of the statement
 * @param assertedBy   who asserted it (an actor id)
 * @param channel      through which channel, where the source says
 * @param source       where it appeared
 * @param statedAt     when the stance was stated, as reported (value, precision, approximate, interval)
 * @param validFrom    from when the stance is the party's position (inclusive)
 * @param validTo      until when (exclusive): when the next stance took over; null while it still holds
 * @param recordedFrom since when the record shows this stance with this valid interval
 * @param track        the track of the fact that states it
 * @param factId       the fact that states it
 */
public record PositionView(String party, String issue, String stance, String words, String summary,
                           String assertedBy, String channel, SourceView source, ValidTimeView statedAt,
                           Instant validFrom, Instant validTo, Instant recordedFrom, String track, String factId) {
}
