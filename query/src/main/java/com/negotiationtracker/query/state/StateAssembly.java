package com.negotiationtracker.query.state;

import com.negotiationtracker.query.timeline.Paging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Gathers the states an as-of query found into the lists of a {@link DiplomaticState}. */
final class StateAssembly {

    private final Instant validAt;
    private final Instant knownAt;
    private final String track;
    private final List<String> channelParties;
    private final int page;
    private final int size;
    private final long tracksKnown;
    private final Paging lists;
    private final List<ChannelState> channels = new ArrayList<>();
    private final List<TrackState> tracks = new ArrayList<>();
    private final List<InvitationState> invitations = new ArrayList<>();
    private final List<MeetingState> meetings = new ArrayList<>();
    private final List<MeasureState> measures = new ArrayList<>();
    private final List<DemandState> demands = new ArrayList<>();
    private final List<ProposalState> proposals = new ArrayList<>();
    private final List<GuaranteeState> guarantees = new ArrayList<>();
    private final List<MoreItems> more = new ArrayList<>();
    /** Which page of the world's channels this is, and whether more follow; null: all the track's channels. */
    private Paging channelPage;
    private boolean moreChannels;

    /**
     * @param channelParties the parties a channel must be between to be kept, or null to keep every channel
     * @param page           which page of tracks this is, of {@code size} tracks, of the {@code tracksKnown}
     * @param lists          which page of each of the tracks' lists this is
     */
    StateAssembly(Instant validAt, Instant knownAt, String track, List<String> channelParties, int page, int size,
                  long tracksKnown, Paging lists) {
        this.validAt = validAt;
        this.knownAt = knownAt;
        this.track = track;
        this.channelParties = channelParties;
        this.page = page;
        this.size = size;
        this.tracksKnown = tracksKnown;
        this.lists = lists;
    }

    /** Adds a page of the tracks' lists, in their order, and which of them go on. */
    void add(ListPages.Found found) {
        found.items().forEach(this::add);
        more.addAll(found.more());
    }

    /** Adds a page of the world's channels, in their order, and whether more follow it. */
    void add(ChannelPage page) {
        page.channels().forEach(this::add);
        channelPage = page.page();
        moreChannels = page.more();
    }

    /** Adds a channel, if it is between the parties asked about (any, when the answer is not narrowed to a track). */
    void add(ChannelState channel) {
        if (channelParties == null || channelParties.containsAll(channel.parties())) {
            channels.add(channel);
        }
    }

    void add(StoredState stored) {
        String json = stored.state();
        switch (stored.kind()) {
            case CHANNEL -> throw new IllegalStateException("a channel is added as shown, its contacts counted: "
                    + stored.key());
            case TRACK -> tracks.add(StateJson.read(json, TrackState.class));
            case INVITATION -> invitations.add(StateJson.read(json, InvitationState.class));
            case MEETING -> meetings.add(StateJson.read(json, MeetingState.class));
            case MEASURE -> measures.add(StateJson.read(json, MeasureState.class));
            case DEMAND -> demands.add(StateJson.read(json, DemandState.class));
            case PROPOSAL -> proposals.add(StateJson.read(json, ProposalState.class));
            case GUARANTEE -> guarantees.add(StateJson.read(json, GuaranteeState.class));
        }
    }

    DiplomaticState build() {
        return new DiplomaticState(validAt, knownAt, track, channels, tracks, invitations, meetings, measures, demands,
                proposals, guarantees, page, size, tracksKnown, lists.page(), lists.size(), more,
                channelPage == null ? 0 : channelPage.page(),
                channelPage == null ? channels.size() : channelPage.size(), moreChannels);
    }
}
