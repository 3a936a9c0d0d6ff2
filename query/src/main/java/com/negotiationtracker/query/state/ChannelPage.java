package com.negotiationtracker.query.state;

import com.negotiationtracker.query.timeline.Paging;

import java.util.List;

/** One page of the world's channels ({@code page}), as shown, in key order, and whether any follow it. */
record ChannelPage(Paging page, List<ChannelState> channels, boolean more) {

    ChannelPage {
        channels = List.copyOf(channels);
    }
}
