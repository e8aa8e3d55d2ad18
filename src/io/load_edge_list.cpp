// Edge lists and ID lists. The first row decides the shape: a header when it names known
// columns, else SNAP-style columns `source target [weight]`.
#include "io/load_edge_list.hpp"

#include <array>
#include <charconv>
#include <vector>

#include "core/error.hpp"
#include "io/json_record.hpp"

namespace agencynet::detail {

namespace {

enum Column {
  kSource,
  kTarget,
  kKind,
  kWeight,
  kTime,
  kId,
  kHandle,
  kName,
  kFollowers,
  kColumnCount
};

// Header names of each column, lower-case.
const std::array<std::vector<std::string_view>, kColumnCount> kColumnNames = {{
    {"source", "src", "from", "source_id", "source_did", "follower", "follower_id"},
    {"target", "dst", "to", "target_id", "target_did", "followee", "friend", "friend_id"},
    {"kind", "type", "edge_kind", "layer"},
    {"weight", "w", "count"},
    {"time", "timestamp", "created_at", "date", "first_seen"},
    {"id", "did", "user_id", "id_str", "account"},
    {"handle", "username", "screen_name"},
    {"name", "display_name"},
    {"followers_count", "followers"},
}};

std::vector<std::string> Split(std::string_view text, char delimiter) {
  std::vector<std::string> fields;
  if (delimiter == ' ') {
    std::size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
      const std::size_t start = i;
      while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
      if (i > start) fields.emplace_back(text.substr(start, i - start));
    }
    return fields;
  }
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"' && field.empty()) {
      quoted = true;
    } else if (c == delimiter) {
      fields.push_back(std::move(field));
      field.clear();
    } else {
      field += c;
    }
  }
  fields.push_back(std::move(field));
  for (std::string& f : fields) {
    while (!f.empty() && (f.back() == ' ' || f.back() == '\r')) f.pop_back();
    while (!f.empty() && f.front() == ' ') f.erase(0, 1);
  }
  return fields;
}

Timestamp ParseTime(std::string_view text) {
  std::int64_t seconds = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (ec == std::errc() && ptr == text.data() + text.size()) return seconds;
  return ParseIsoTime(text);
}

class Loader : public EdgeListLoader {
 public:
  explicit Loader(RecordContext& context) : context_(context), dataset_(context.dataset()) {
    at_.fill(-1);
  }

  void Line(std::string_view text, std::uint64_t line) override {
    if (text.empty() || text.front() == '#' || text.front() == '%') return;
    context_.set_line(line);
    if (!started_) {
      Start(text);
      if (header_) return;
    }
    ++dataset_.report.records;
    const std::vector<std::string> fields = Split(text, delimiter_);
    auto get = [&](Column c) -> std::string_view {
      return at_[c] >= 0 && static_cast<std::size_t>(at_[c]) < fields.size() ? fields[at_[c]]
                                                                             : std::string_view();
    };
    const std::optional<Platform> platform = context_.options().platform;
    if (id_list_) {
      const AccountIndex account = InternAccountRef(dataset_.accounts, get(kId), platform);
      if (account == kNoAccount) {
        context_.Problem("bad edge-list row", "the row has no account ID");
        return;
      }
      if (!get(kHandle).empty()) dataset_.accounts.SeeHandle(account, get(kHandle), kNoTime);
      std::int64_t followers = -1;
      const std::string_view count = get(kFollowers);
      if (!count.empty()) std::from_chars(count.data(), count.data() + count.size(), followers);
      if (!get(kName).empty() || followers >= 0) {
        dataset_.accounts.SeeProfile(account, get(kName), followers, kNoTime);
      }
      if (owner_ == kNoAccount) {
        dataset_.report.Skip("account table row (lends names only)");
        return;
      }
      const bool followers_of = context_.options().owner.side == FollowOwner::Side::kFollowersOf;
      dataset_.AddDirect({followers_of ? account : owner_, followers_of ? owner_ : account, kNoTime,
                          1, EdgeKind::kFollow});
      return;
    }
    const AccountIndex source = InternAccountRef(dataset_.accounts, get(kSource), platform);
    const AccountIndex target = InternAccountRef(dataset_.accounts, get(kTarget), platform);
    if (source == kNoAccount || target == kNoAccount) {
      context_.Problem("bad edge-list row", "the row needs a source and a target (found " +
                                                std::to_string(fields.size()) + " fields)");
      return;
    }
    std::optional<EdgeKind> kind = context_.options().edge_kind;
    if (at_[kKind] >= 0) {
      kind = ParseEdgeKind(get(kKind));
      if (!kind) {
        context_.Problem("bad edge-list row",
                         "unknown kind '" + std::string(get(kKind)) +
                             "'; expected mention, retweet, reply, quote or follow");
        return;
      }
    }
    std::uint32_t weight = 1;
    const std::string_view weight_text = get(kWeight);
    if (!weight_text.empty()) {
      const auto [ptr, ec] =
          std::from_chars(weight_text.data(), weight_text.data() + weight_text.size(), weight);
      if (ec != std::errc() || ptr != weight_text.data() + weight_text.size() || weight == 0) {
        context_.Problem("bad edge-list row", "the weight '" + std::string(weight_text) +
                                                  "' is not a positive whole number");
        return;
      }
    }
    const Timestamp time = get(kTime).empty() ? kNoTime : ParseTime(get(kTime));
    dataset_.AddDirect({source, target, time, weight, *kind});
  }

 private:
  void Start(std::string_view first) {
    started_ = true;
    delimiter_ = first.find(',') != std::string_view::npos    ? ','
                 : first.find('\t') != std::string_view::npos ? '\t'
                                                              : ' ';
    const std::vector<std::string> fields = Split(first, delimiter_);
    for (std::size_t i = 0; i < fields.size(); ++i) {
      const std::string name = AsciiLower(fields[i]);
      for (int c = 0; c < kColumnCount; ++c) {
        for (const std::string_view known : kColumnNames[c]) {
          if (name == known && at_[c] < 0) {
            at_[c] = static_cast<int>(i);
            header_ = true;
          }
        }
      }
    }
    if (!header_) {
      at_[kSource] = 0;
      at_[kTarget] = 1;
      at_[kWeight] = 2;
    }
    const bool has_pair = at_[kSource] >= 0 && at_[kTarget] >= 0;
    id_list_ = !has_pair && at_[kId] >= 0;
    if (id_list_) {
      // With an owner, a list of followers or friends; without one, a table describing accounts
      // (handles, names, follower counts) that adds no accounts and no edges.
      const FollowOwner& owner = context_.options().owner;
      if (owner.side != FollowOwner::Side::kNone) {
        owner_ = InternAccountRef(dataset_.accounts, owner.account, context_.options().platform);
        if (owner_ == kNoAccount) {
          throw InputError(context_.file(), 0,
                           "--followers-of/--friends-of '" + owner.account +
                               "' names no account; give an ID, a DID, user@host or @handle");
        }
      }
      return;
    }
    if (!has_pair) {
      throw InputError(context_.file(), context_.line(),
                       "the header names no source and target columns; expected e.g. "
                       "source,target,kind,weight,time");
    }
    if (at_[kKind] < 0 && !context_.options().edge_kind) {
      throw InputError(context_.file(), context_.line(),
                       "not JSON, so read as an edge list, which needs --edge-kind KIND "
                       "(mention, retweet, reply, quote or follow) before this file, or a kind "
                       "column");
    }
  }

  RecordContext& context_;
  Dataset& dataset_;
  std::array<int, kColumnCount> at_;
  bool started_ = false;
  bool header_ = false;
  bool id_list_ = false;
  char delimiter_ = ' ';
  AccountIndex owner_ = kNoAccount;
};

}  // namespace

std::unique_ptr<EdgeListLoader> MakeEdgeListLoader(RecordContext& context) {
  return std::make_unique<Loader>(context);
}

}  // namespace agencynet::detail
