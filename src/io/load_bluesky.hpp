// Internal to src/io: Bluesky records, following the edge semantics contract in DESIGN.md.
#pragma once

#include <memory>

#include "io/json_record.hpp"

namespace agencynet::detail {

/// Jetstream lines (`{did, time_us, kind:"commit", commit:{collection, rkey, record}}`),
/// repository records (`{uri, value}`, or `{records:[...]}` pages) and capture wrappers with
/// `postRecords`. Accounts are DIDs. Posts (`app.bsky.feed.post`) mention through facets, reply
/// to the DID of `reply.parent`, quote through `app.bsky.embed.record` and `recordWithMedia`
/// embeds of posts; `app.bsky.feed.repost` makes a repost edge, `app.bsky.graph.follow` a
/// follow edge. The author of a referenced post is read off its AT-URI. Other collections
/// (likes, blocks, profiles) are counted and skipped.
std::unique_ptr<FormatLoader> MakeBlueskyLoader(RecordContext& context);

}  // namespace agencynet::detail
