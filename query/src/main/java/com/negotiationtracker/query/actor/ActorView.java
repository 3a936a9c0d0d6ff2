package com.negotiationtracker.query.actor;

import java.time.Instant;
import java.util.List;

/**
 * An entry of the actor directory as the record stood at some moment.
 *
 * @param id           the actor's id ({@code hegseth})
 * @param kind         as editors write it: {@code person}, {@code office}, {@code state}, {@code alliance},
 *                     {@code organization}, {@code unnamed-sources}
 * @param roles        the roles the profile names ({@code U.S. defense secretary})
 * @param speaksFor    the actors this one speaks for ({@code united-states})
 * @param spokenForBy  the actors who speak for this one (for {@code russia}: {@code putin}, {@code kremlin} ...)
 * @param recordedFrom since when the record shows this profile
 */
public record ActorView(String id, String name, String kind, List<String> roles, List<String> speaksFor,
                        List<String> spokenForBy, Instant recordedFrom) {
}
