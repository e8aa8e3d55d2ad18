// Twitter API v1.1: statuses in every shape the REST and streaming APIs returned them, following
// the edge semantics contract (DESIGN.md): a retweet makes only the retweet edge, quotes and
// replies their own edges, mentions come from the entities (extended_tweet's when present).
#include "io/load_twitter_v1.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "core/error.hpp"
#include "core/post_text.hpp"

namespace agencynet::detail {

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

constexpr std::array<std::string_view, 10> kNoticeKeys = {
    "delete",        "limit",      "scrub_geo", "warning", "status_withheld",
    "user_withheld", "disconnect", "event",     "friends", "friends_str"};

enum TweetKey : std::size_t {
  kIdStr,
  kId,
  kUser,
  kCreatedAt,
  kRetweeted,
  kQuoted,
  kQuotedIdStr,
  kQuotedId,
  kReplyUserStr,
  kReplyUser,
  kReplyScreenName,
  kEntities,
  kExtended,
  kReplyStatusStr,
  kReplyStatus,
  kText,
  kFullText,
};
constexpr std::array<std::string_view, 17> kTweetKeys = {"id_str",
                                                         "id",
                                                         "user",
                                                         "created_at",
                                                         "retweeted_status",
                                                         "quoted_status",
                                                         "quoted_status_id_str",
                                                         "quoted_status_id",
                                                         "in_reply_to_user_id_str",
                                                         "in_reply_to_user_id",
                                                         "in_reply_to_screen_name",
                                                         "entities",
                                                         "extended_tweet",
                                                         "in_reply_to_status_id_str",
                                                         "in_reply_to_status_id",
                                                         "text",
                                                         "full_text"};

enum UserKey : std::size_t { kUserIdStr, kUserId, kScreenName, kName, kFollowers, kStatus };
constexpr std::array<std::string_view, 6> kUserKeys = {
    "id_str", "id", "screen_name", "name", "followers_count", "status"};

enum MentionKey : std::size_t { kMentionIdStr, kMentionId, kMentionScreenName, kMentionName };
constexpr std::array<std::string_view, 4> kMentionKeys = {"id_str", "id", "screen_name", "name"};

bool IdOf(const element& str_value, bool has_str, const element& num_value, bool has_num,
          std::uint64_t& out) {
  if (has_str && JsonId(str_value, out)) return true;
  return has_num && JsonId(num_value, out);
}

class V1Loader : public FormatLoader {
 public:
  explicit V1Loader(RecordContext& context) : context_(context), dataset_(context.dataset()) {}

  void Record(element record) override {
    object obj;
    if (record.get_object().get(obj)) {
      context_.Problem(
          "unrecognised record",
          "expected a JSON object (a post, user or response), found " + TypeName(record));
      return;
    }
    Object(obj);
  }

 private:
  static std::string TypeName(element value) {
    switch (value.type()) {
      case simdjson::dom::element_type::ARRAY:
        return "an array";
      case simdjson::dom::element_type::STRING:
        return "a string";
      case simdjson::dom::element_type::NULL_VALUE:
        return "null";
      case simdjson::dom::element_type::BOOL:
        return "a boolean";
      default:
        return "a number";
    }
  }

  void Object(object obj) {
    element value;
    if (!obj["text"].error() || !obj["full_text"].error()) {
      Tweet(obj, kNoAccount);
      return;
    }
    for (const std::string_view key : kNoticeKeys) {
      if (!obj[key].error()) {
        dataset_.report.Skip("stream notice: " +
                             std::string(key == "friends_str" ? "friends" : key));
        return;
      }
    }
    if (!obj["for_user"].error() && !obj["message"].get(value)) {
      Record(value);  // a site-stream envelope: what counts is the message inside
      return;
    }
    if (!obj["errors"].error() || !obj["error"].error()) {
      dataset_.report.Skip("error response");
      return;
    }
    if (!obj["resources"].error()) {
      dataset_.report.Skip("rate-limit response");
      return;
    }
    array items;
    if (!obj["statuses"].get(items)) {
      Each(items, [this](object tweet) { Tweet(tweet, kNoAccount); });
      return;
    }
    if (!obj["users"].get(items)) {
      Each(items, [this](object user) { User(user, kNoTime); });
      return;
    }
    if (!obj["ids"].get(items)) {
      IdPage(items);
      return;
    }
    object map;
    if (!obj["id"].get(map)) {
      // statuses/lookup with map=true: {"id": {"<id>": status or null}}.
      for (const auto field : map) {
        object tweet;
        if (field.value.get(tweet)) {
          dataset_.report.Skip(field.value.is_null() ? "null lookup entry" : "unrecognised record");
          continue;
        }
        Tweet(tweet, kNoAccount);
      }
      return;
    }
    if (!obj["screen_name"].error()) {
      User(obj, kNoTime);
      return;
    }
    context_.Problem("unrecognised record",
                     "not a Twitter API v1.1 post, user, response or stream notice (expected an "
                     "object with \"text\" and \"user\"); use --format to name the format");
  }

  // A follower/friend ID page: each ID follows the owner (--followers-of) or is followed by it
  // (--friends-of). The page names no owner, so without one it is skipped with a message.
  void IdPage(array ids) {
    const FollowOwner& owner = context_.options().owner;
    if (owner.side == FollowOwner::Side::kNone) {
      context_.Problem("ID page without owner",
                       "a follower/friend ID page names no owner; give --followers-of ACCOUNT or "
                       "--friends-of ACCOUNT before this file (" +
                           std::to_string(ids.size()) + " IDs skipped)");
      return;
    }
    const AccountIndex own =
        InternAccountRef(dataset_.accounts, owner.account, context_.options().platform);
    if (own == kNoAccount) {
      throw InputError(context_.file(), 0,
                       "--followers-of/--friends-of '" + owner.account +
                           "' names no account; give a Twitter ID or @handle");
    }
    for (const element item : ids) {
      std::uint64_t id = 0;
      if (!JsonId(item, id)) {
        dataset_.report.Skip("unusable ID in an ID page");
        continue;
      }
      const AccountIndex other = dataset_.accounts.InternTwitter(id);
      const bool followers = owner.side == FollowOwner::Side::kFollowersOf;
      dataset_.AddDirect(
          {followers ? other : own, followers ? own : other, kNoTime, 1, EdgeKind::kFollow});
    }
  }

  template <typename Fn>
  void Each(array items, Fn&& fn) {
    for (const element item : items) {
      object obj;
      if (item.get(obj)) {
        dataset_.report.Skip(item.is_null() ? "null entry" : "unrecognised record");
        continue;
      }
      fn(obj);
    }
  }

  // Interns a user object's account and lends its handle, name and follower count, seen at
  // `when`. A post inside it is a profile snapshot, loaded only with --user-page-posts.
  AccountIndex User(object user, Timestamp when) {
    const PickedFields<6> f(user, kUserKeys);
    std::uint64_t id = 0;
    AccountIndex account = kNoAccount;
    if (IdOf(f[kUserIdStr], f.has(kUserIdStr), f[kUserId], f.has(kUserId), id)) {
      account = dataset_.accounts.InternTwitter(id);
    } else if (f.has(kScreenName) && !JsonString(f[kScreenName]).empty()) {
      account = dataset_.accounts.InternHandle(Platform::kTwitter, JsonString(f[kScreenName]));
    } else {
      return kNoAccount;
    }
    if (f.has(kScreenName)) dataset_.accounts.SeeHandle(account, JsonString(f[kScreenName]), when);
    const std::int64_t followers = f.has(kFollowers) ? JsonInt(f[kFollowers], -1) : -1;
    dataset_.accounts.SeeProfile(account, f.has(kName) ? JsonString(f[kName]) : "", followers,
                                 when);
    object status;
    if (f.has(kStatus) && !f[kStatus].get(status)) {
      if (context_.options().user_page_posts) {
        Tweet(status, account);
      } else {
        dataset_.report.Skip("profile snapshot post");
      }
    }
    return account;
  }

  // The post index for an embedded status object's ID, or kNoPost.
  PostIndex EmbeddedPost(element value) {
    object obj;
    if (value.get(obj)) return kNoPost;
    const PickedFields<2> f(obj, std::array<std::string_view, 2>{"id_str", "id"});
    std::uint64_t id = 0;
    if (!IdOf(f[0], f.has(0), f[1], f.has(1), id)) return kNoPost;
    return dataset_.InternTwitterPost(id);
  }

  void Mentions(element entities, Timestamp when, std::vector<AccountIndex>& out) {
    array mentions;
    if (entities["user_mentions"].get(mentions)) return;
    for (const element m : mentions) {
      object mention;
      if (m.get(mention)) continue;
      const PickedFields<4> f(mention, kMentionKeys);
      const std::string_view handle =
          f.has(kMentionScreenName) ? JsonString(f[kMentionScreenName]) : "";
      std::uint64_t id = 0;
      AccountIndex account = kNoAccount;
      if (IdOf(f[kMentionIdStr], f.has(kMentionIdStr), f[kMentionId], f.has(kMentionId), id)) {
        account = dataset_.accounts.InternTwitter(id);
      } else if (!handle.empty()) {
        account = dataset_.accounts.InternHandle(Platform::kTwitter, handle);
      } else {
        continue;
      }
      dataset_.accounts.SeeHandle(account, handle, when);
      if (f.has(kMentionName)) {
        dataset_.accounts.SeeProfile(account, JsonString(f[kMentionName]), -1, when);
      }
      out.push_back(account);
    }
  }

  // Loads a status and, after it, the statuses it embeds (retweeted, then quoted).
  // `forced_author` is set for a status inside a user object, which has no `user` of its own.
  void Tweet(object tweet, AccountIndex forced_author) {
    const PickedFields<17> f(tweet, kTweetKeys);
    PostFields fields;
    if (f.has(kCreatedAt)) fields.time = agencynet::ParseTwitterTime(JsonString(f[kCreatedAt]));
    object user;
    if (forced_author != kNoAccount) {
      fields.author = forced_author;
    } else if (f.has(kUser) && !f[kUser].get(user)) {
      fields.author = User(user, fields.time);
    }
    std::uint64_t id = 0;
    const bool has_id = IdOf(f[kIdStr], f.has(kIdStr), f[kId], f.has(kId), id);
    if (!has_id || fields.author == kNoAccount) {
      dataset_.report.Skip(has_id ? "post without author" : "post without usable ID");
    } else {
      const PostIndex post = dataset_.InternTwitterPost(id);
      if (f.has(kRetweeted)) {
        fields.is_repost = true;
        fields.repost_of = EmbeddedPost(f[kRetweeted]);
      } else {
        std::uint64_t quoted_id = 0;
        if (f.has(kQuoted)) {
          fields.is_quote = true;
          fields.quote_of = EmbeddedPost(f[kQuoted]);
        }
        if (fields.quote_of == kNoPost &&
            IdOf(f[kQuotedIdStr], f.has(kQuotedIdStr), f[kQuotedId], f.has(kQuotedId), quoted_id)) {
          fields.is_quote = true;
          fields.quote_of = dataset_.InternTwitterPost(quoted_id);
        }
        std::uint64_t reply_id = 0;
        if (IdOf(f[kReplyUserStr], f.has(kReplyUserStr), f[kReplyUser], f.has(kReplyUser),
                 reply_id)) {
          fields.reply_to = dataset_.accounts.InternTwitter(reply_id);
          if (f.has(kReplyScreenName)) {
            dataset_.accounts.SeeHandle(fields.reply_to, JsonString(f[kReplyScreenName]),
                                        fields.time);
          }
        }
        std::uint64_t reply_post = 0;
        if (IdOf(f[kReplyStatusStr], f.has(kReplyStatusStr), f[kReplyStatus], f.has(kReplyStatus),
                 reply_post)) {
          fields.reply_to_post = dataset_.InternTwitterPost(reply_post);
        }
        // The whole text and its entities: extended_tweet's when present.
        element entities;
        bool has_entities = false;
        std::string_view text = f.has(kFullText) ? JsonString(f[kFullText])
                                : f.has(kText)   ? JsonString(f[kText])
                                                 : std::string_view();
        object extended;
        if (f.has(kExtended) && !f[kExtended].get(extended)) {
          element full;
          if (!extended["full_text"].get(full)) text = JsonString(full);
          has_entities = !extended["entities"].get(entities);
        }
        if (!has_entities && f.has(kEntities)) {
          entities = f[kEntities];
          has_entities = true;
        }
        fields.text = ClassifyPostText(text);
        if (has_entities) {
          Mentions(entities, fields.time, fields.mentions);
          array urls;
          if (!entities["urls"].get(urls) && urls.size() > 0) fields.text |= kHasLink;
        }
      }
      dataset_.AddPost(post, fields);
    }
    object embedded;
    if (f.has(kRetweeted) && !f[kRetweeted].get(embedded)) Tweet(embedded, kNoAccount);
    if (f.has(kQuoted) && !f[kQuoted].get(embedded)) Tweet(embedded, kNoAccount);
  }

  RecordContext& context_;
  Dataset& dataset_;
};

}  // namespace

bool LooksLikeTwitterV1(object record) {
  for (const std::string_view key : {"text", "full_text", "statuses", "users", "ids", "for_user",
                                     "errors", "error", "resources", "screen_name"}) {
    if (!record[key].error()) return true;
  }
  for (const std::string_view key : kNoticeKeys) {
    if (!record[key].error()) return true;
  }
  object map;
  return !record["id"].get(map);
}

std::unique_ptr<FormatLoader> MakeTwitterV1Loader(RecordContext& context) {
  return std::make_unique<V1Loader>(context);
}

}  // namespace agencynet::detail

namespace agencynet {

Timestamp ParseTwitterTime(std::string_view text) {
  // "Wed Aug 27 13:08:45 +0000 2008"
  static constexpr std::array<std::string_view, 12> kMonths = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (text.size() != 30) return kNoTime;
  auto digits = [&](std::size_t pos, std::size_t count, int& out) {
    out = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      out = out * 10 + (text[i] - '0');
    }
    return true;
  };
  const auto month_it = std::find(kMonths.begin(), kMonths.end(), text.substr(4, 3));
  int day = 0, hour = 0, minute = 0, second = 0, offset = 0, year = 0;
  if (month_it == kMonths.end() || !digits(8, 2, day) || !digits(11, 2, hour) ||
      !digits(14, 2, minute) || !digits(17, 2, second) || !digits(21, 4, offset) ||
      !digits(26, 4, year) || (text[20] != '+' && text[20] != '-')) {
    return kNoTime;
  }
  const int month = static_cast<int>(month_it - kMonths.begin()) + 1;
  const int offset_seconds = (offset / 100 * 3600 + offset % 100 * 60) * (text[20] == '-' ? -1 : 1);
  return MakeUtcTime(year, month, day, hour, minute, second) - offset_seconds;
}

}  // namespace agencynet
