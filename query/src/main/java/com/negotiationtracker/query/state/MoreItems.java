package com.negotiationtracker.query.state;

/**
 * One of a track's lists that goes on past the page answered: {@code list} is its name in the answer
 * ({@code invitations}, {@code meetings}, {@code measures}, {@code demands}, {@code proposals} or {@code guarantees}).
 */
public record MoreItems(String track, String list) {
}
