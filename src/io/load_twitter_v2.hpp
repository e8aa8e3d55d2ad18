// Internal to src/io: the Twitter API v2 loader (twarc2 response pages, filtered-stream lines and
// flattened one-tweet lines), following the edge semantics contract in DESIGN.md.
#pragma once

#include <memory>

#include "io/json_record.hpp"

namespace agencynet::detail {

/// A loader of v2 records. Tweets come from `data` and `includes.tweets` (or, flattened, the line
/// and its expanded `referenced_tweets`); users in `includes.users` lend names and resolve
/// mentions that carry only a username. Counts, lists, compliance and user-lookup pages and
/// `errors[]` entries are counted and skipped. An edited tweet is keyed by the first ID of
/// `edit_history_tweet_ids`.
std::unique_ptr<FormatLoader> MakeTwitterV2Loader(RecordContext& context);

}  // namespace agencynet::detail
