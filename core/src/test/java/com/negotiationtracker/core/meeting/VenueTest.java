package com.negotiationtracker.core.meeting;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static com.negotiationtracker.core.testdata.TestFacts.RUSSIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VenueTest {

    @Test
    void a_named_venue_names_its_place_and_may_name_its_country() {
        Venue moscow = Venue.named("Moscow", RUSSIA);

        assertThat(moscow.kind()).isEqualTo(VenueKind.NAMED);
        assertThat(moscow.place()).isEqualTo("Moscow");
        assertThat(moscow.country()).isEqualTo(RUSSIA);
        assertThat(Venue.named("Munich", null).country()).isNull();
    }

    @Test
    void a_named_venue_needs_a_place() {
        assertThatIllegalArgumentException().isThrownBy(() -> Venue.named(" ", RUSSIA))
                .withMessage("a NAMED venue needs a place");
        assertThatIllegalArgumentException().isThrownBy(() -> Venue.named(null, RUSSIA));
    }

    @Test
    void a_third_country_may_stay_unnamed() {
        Venue thirdCountry = Venue.thirdCountry();

        assertThat(thirdCountry.kind()).isEqualTo(VenueKind.THIRD_COUNTRY);
        assertThat(thirdCountry.place()).isNull();
        assertThat(thirdCountry.country()).isNull();
    }

    @Test
    void an_unspecified_venue_names_no_place_and_no_country() {
        assertThat(Venue.unspecified()).isEqualTo(new Venue(VenueKind.UNSPECIFIED, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Venue(VenueKind.UNSPECIFIED, "Riyadh", null))
                .withMessage("an UNSPECIFIED venue names no place and no country");
        assertThatIllegalArgumentException().isThrownBy(() -> new Venue(VenueKind.UNSPECIFIED, null, RUSSIA));
    }

    @Test
    void a_venue_needs_a_kind() {
        assertThatNullPointerException().isThrownBy(() -> new Venue(null, "Moscow", RUSSIA))
                .withMessageContaining("a venue needs a kind");
    }
}
