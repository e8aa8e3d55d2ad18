// Internal to src/io: the Twitter API v1.1 record loader (statuses, search and lookup responses,
// user objects and pages, stream notices), following the edge semantics contract in DESIGN.md.
#pragma once

#include <memory>

#include "io/json_record.hpp"

namespace agencynet::detail {

/// True if `record` looks like Twitter API v1.1 data (a status, a response wrapper of statuses or
/// users, an ID page, a stream notice, an error or rate-limit response).
bool LooksLikeTwitterV1(simdjson::dom::object record);

/// A loader of v1.1 records: posts with what they embed, user objects' names and counts; stream
/// notices and other noise are counted by type.
std::unique_ptr<FormatLoader> MakeTwitterV1Loader(RecordContext& context);

}  // namespace agencynet::detail
