// Internal to src/io: Mastodon REST statuses and the ActivityPub account export (outbox.json),
// following the edge semantics contract in DESIGN.md.
#pragma once

#include <memory>

#include "io/json_record.hpp"

namespace agencynet::detail {

/// REST `Status` objects (arrays or JSON Lines). Accounts are `user@host`, lower-cased (the host
/// from the account's `url` when `acct` has none); a post is its `uri`; a `reblog` makes only the
/// repost edge and is loaded as a post of its own; `in_reply_to_account_id` is server-local and
/// is resolved at the end of the file through the `account.id` and `mentions[].id` it holds.
std::unique_ptr<FormatLoader> MakeMastodonLoader(RecordContext& context);

/// ActivityPub export: `Create` activities of `Note`s (replies from `inReplyTo`, mentions from
/// `Mention` tags) and `Announce` activities. An account named only by a URI is `NAME@host` when
/// the path starts `/users/NAME` or `/@NAME`; otherwise the reference is unresolved.
std::unique_ptr<FormatLoader> MakeActivityPubLoader(RecordContext& context);

/// `NAME@host` (lower-cased) from an actor or status URI whose path starts `/users/NAME` or
/// `/@NAME`; empty otherwise.
std::string AcctFromUri(std::string_view uri);

}  // namespace agencynet::detail
