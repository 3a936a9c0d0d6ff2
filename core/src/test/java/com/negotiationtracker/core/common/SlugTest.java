package com.negotiationtracker.core.common;

import com.negotiationtracker.core.actor.ActorId;
import com.negotiationtracker.core.invitation.InvitationId;
import com.negotiationtracker.core.meeting.MeetingId;
import com.negotiationtracker.core.position.Issue;
import com.negotiationtracker.core.track.FactId;
import com.negotiationtracker.core.track.TrackId;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SlugTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"trump", "us-russia", "russian-sources", "2022-invasion", "a", "putin-invites-trump-"})
    void lower_case_words_and_digits_joined_by_dashes_are_slugs(String value) {
        assertThat(Slug.require(value, "id")).isEqualTo(value);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"Trump", "us_russia", "us russia", "-trump", "zelenskiy's-office", "kyiv/kiev", "é"})
    void anything_else_is_refused(String value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Slug.require(value, "actor id"))
                .withMessageStartingWith("actor id '" + value + "' must be lower-case letters, digits and dashes");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void a_slug_is_required(String value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Slug.require(value, "track id"))
                .withMessage("track id is missing");
    }

    @Test
    void a_slug_is_at_most_120_characters() {
        assertThat(Slug.require("a".repeat(120), "id")).hasSize(120);
        assertThatIllegalArgumentException().isThrownBy(() -> Slug.require("a".repeat(121), "id"));
    }

    static Stream<Arguments> ids() {
        return Stream.of(
                Arguments.of("actor id", (Function<String, Object>) ActorId::of),
                Arguments.of("track id", (Function<String, Object>) TrackId::of),
                Arguments.of("fact id", (Function<String, Object>) FactId::of),
                Arguments.of("invitation id", (Function<String, Object>) InvitationId::of),
                Arguments.of("meeting id", (Function<String, Object>) MeetingId::of),
                Arguments.of("issue", (Function<String, Object>) Issue::of));
    }

    @ParameterizedTest(name = "a {0} is a slug")
    @MethodSource("ids")
    void every_stable_id_is_a_slug_and_names_itself_when_refused(String what, Function<String, Object> id) {
        assertThat(id.apply("us-russia")).hasToString("us-russia");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> id.apply("US Russia"))
                .withMessageStartingWith(what + " 'US Russia'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> id.apply(null))
                .withMessage(what + " is missing");
    }
}
