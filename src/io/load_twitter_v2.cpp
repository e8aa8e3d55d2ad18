// Twitter API v2 as twarc2 saves it. A page's tweets are in `data` (an array, or one object on a
// filtered-stream line), the tweets they reference in `includes.tweets`, the users in
// `includes.users`; `twarc2 flatten` writes one tweet a line with `author` and the referenced
// tweets expanded in place.
#include "io/load_twitter_v2.hpp"

#include <array>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/post_text.hpp"

namespace agencynet::detail {

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

enum TweetKey : std::size_t {
  kId,
  kAuthorId,
  kAuthor,
  kCreatedAt,
  kReferenced,
  kReplyUserId,
  kReplyUser,
  kEntities,
  kEditHistory,
  kText,
};
constexpr std::array<std::string_view, 10> kTweetKeys = {"id",
                                                         "author_id",
                                                         "author",
                                                         "created_at",
                                                         "referenced_tweets",
                                                         "in_reply_to_user_id",
                                                         "in_reply_to_user",
                                                         "entities",
                                                         "edit_history_tweet_ids",
                                                         "text"};

enum UserKey : std::size_t { kUserId, kUsername, kName, kMetrics };
constexpr std::array<std::string_view, 4> kUserKeys = {"id", "username", "name", "public_metrics"};

constexpr auto& Has = JsonHas;

// The users of one page's includes.users by lower-cased username, for mentions that carry only a
// username. Built on first use: most mentions carry their ID.
class PageUsers {
 public:
  PageUsers() = default;
  explicit PageUsers(object includes) : includes_(includes), has_includes_(true) {}

  /// The ID of the user with this username (any case), or false.
  bool Find(std::string_view username, std::uint64_t& id) {
    if (!built_) Build();
    const auto it = ids_.find(AsciiLower(username));
    if (it == ids_.end()) return false;
    id = it->second;
    return true;
  }

 private:
  void Build() {
    built_ = true;
    array list;
    if (!has_includes_ || includes_["users"].get(list)) return;
    for (const element item : list) {
      object user;
      element id_value, name_value;
      std::uint64_t id = 0;
      if (!item.get(user) && !user["id"].get(id_value) && JsonId(id_value, id) &&
          !user["username"].get(name_value)) {
        ids_.emplace(AsciiLower(JsonString(name_value)), id);
      }
    }
  }

  object includes_;
  bool has_includes_ = false;
  bool built_ = false;
  std::unordered_map<std::string, std::uint64_t> ids_;
};

class V2Loader : public FormatLoader {
 public:
  explicit V2Loader(RecordContext& context) : context_(context), dataset_(context.dataset()) {}

  void Record(element record) override {
    object page;
    if (record.get(page)) {
      context_.Problem("unrecognised record", "expected a JSON object (a twarc2 page or tweet)");
      return;
    }
    array errors;
    if (!page["errors"].get(errors)) dataset_.report.Skip("error entry", errors.size());
    element data;
    if (page["data"].get(data)) {
      if (Has(page, "action") && Has(page, "id") && !Has(page, "text")) {
        dataset_.report.Skip("compliance event");
      } else if (Has(page, "text") || Has(page, "author_id") ||
                 Has(page, "edit_history_tweet_ids")) {
        PageUsers none;
        Tweet(page, none);  // a flattened tweet line
      } else if (!Has(page, "errors")) {
        context_.Problem("unrecognised record",
                         "not a Twitter API v2 page, tweet or compliance event (expected "
                         "\"data\", or a tweet with \"text\" and \"author_id\")");
      }
      return;
    }
    object includes;
    const bool has_includes = !page["includes"].get(includes);
    object single;
    array items;
    const std::optional<object> maybe_includes =
        has_includes ? std::optional<object>(includes) : std::nullopt;
    if (!data.get(single)) {
      PageUsers users = has_includes ? PageUsers(includes) : PageUsers();
      if (has_includes) LendUsers(includes);
      Tweet(single, users);
      Includes(maybe_includes, users);
    } else if (!data.get(items)) {
      Page(page, items, maybe_includes);
    } else {
      context_.Problem("unrecognised record", "\"data\" is neither a tweet nor a list of them");
    }
  }

 private:
  void Page(object page, array items, std::optional<object> includes) {
    object first;
    object meta;
    if ((!page["meta"].get(meta) && Has(meta, "total_tweet_count")) ||
        (items.size() > 0 && !items.at(0).get(first) && Has(first, "tweet_count"))) {
      dataset_.report.Skip("counts page");
      return;
    }
    if (items.size() > 0 && !items.at(0).get(first) && !Has(first, "text")) {
      if (Has(first, "username")) {
        dataset_.report.Skip("user lookup page");
        for (const element item : items) {
          object user;
          if (!item.get(user)) User(user, kNoTime);
        }
        array pinned;
        if (includes && !(*includes)["tweets"].get(pinned)) {
          dataset_.report.Skip("profile snapshot post", pinned.size());
        }
        if (includes) LendUsers(*includes);
        return;
      }
      if (Has(first, "owner_id") || Has(first, "member_count") || Has(first, "private")) {
        dataset_.report.Skip("lists page");
        return;
      }
    }
    PageUsers users = includes ? PageUsers(*includes) : PageUsers();
    if (includes) LendUsers(*includes);
    for (const element item : items) {
      object tweet;
      if (item.get(tweet)) {
        dataset_.report.Skip(item.is_null() ? "null entry" : "unrecognised record");
        continue;
      }
      Tweet(tweet, users);
    }
    Includes(includes, users);
  }

  // The tweets a page references: loaded after the page's own tweets.
  void Includes(std::optional<object> includes, PageUsers& users) {
    array tweets;
    if (!includes || (*includes)["tweets"].get(tweets)) return;
    for (const element item : tweets) {
      object tweet;
      if (!item.get(tweet)) Tweet(tweet, users);
    }
  }

  void LendUsers(object includes) {
    array list;
    if (includes["users"].get(list)) return;
    for (const element item : list) {
      object user;
      if (!item.get(user)) User(user, kNoTime);
    }
  }

  // Interns a user object and lends its handle, name and follower count.
  AccountIndex User(object user, Timestamp when) {
    const PickedFields<4> f(user, kUserKeys);
    std::uint64_t id = 0;
    if (!f.has(kUserId) || !JsonId(f[kUserId], id)) return kNoAccount;
    const AccountIndex account = dataset_.accounts.InternTwitter(id);
    if (f.has(kUsername)) dataset_.accounts.SeeHandle(account, JsonString(f[kUsername]), when);
    std::int64_t followers = -1;
    object metrics;
    if (f.has(kMetrics) && !f[kMetrics].get(metrics)) {
      element count;
      if (!metrics["followers_count"].get(count)) followers = JsonInt(count, -1);
    }
    dataset_.accounts.SeeProfile(account, f.has(kName) ? JsonString(f[kName]) : "", followers,
                                 when);
    return account;
  }

  void Mentions(object entities, PageUsers& users, Timestamp when, std::vector<AccountIndex>& out) {
    array mentions;
    if (entities["mentions"].get(mentions)) return;
    for (const element item : mentions) {
      object mention;
      if (item.get(mention)) continue;
      const PickedFields<4> f(mention, kUserKeys);
      const std::string_view username = f.has(kUsername) ? JsonString(f[kUsername]) : "";
      std::uint64_t id = 0;
      AccountIndex account = kNoAccount;
      if (f.has(kUserId) && JsonId(f[kUserId], id)) {
        account = dataset_.accounts.InternTwitter(id);
      } else if (!username.empty()) {
        account = users.Find(username, id)
                      ? dataset_.accounts.InternTwitter(id)
                      : dataset_.accounts.InternHandle(Platform::kTwitter, username);
      } else {
        continue;
      }
      dataset_.accounts.SeeHandle(account, username, when);
      if (f.has(kName)) dataset_.accounts.SeeProfile(account, JsonString(f[kName]), -1, when);
      out.push_back(account);
    }
  }

  void Tweet(object tweet, PageUsers& users) {
    const PickedFields<10> f(tweet, kTweetKeys);
    PostFields fields;
    if (f.has(kCreatedAt)) fields.time = ParseIsoTime(JsonString(f[kCreatedAt]));
    std::uint64_t author_id = 0;
    object author;
    if (f.has(kAuthor) && !f[kAuthor].get(author)) fields.author = User(author, fields.time);
    if (fields.author == kNoAccount && f.has(kAuthorId) && JsonId(f[kAuthorId], author_id)) {
      fields.author = dataset_.accounts.InternTwitter(author_id);
    }
    // The post's key: the first ID of its edit history, else its own ID.
    std::uint64_t id = 0;
    bool has_id = f.has(kId) && JsonId(f[kId], id);
    std::uint64_t key = id;
    array history;
    const bool has_history =
        f.has(kEditHistory) && !f[kEditHistory].get(history) && history.size() > 0;
    if (has_history && JsonId(history.at(0).value_unsafe(), key)) has_id = true;
    array referenced;
    const bool has_refs = f.has(kReferenced) && !f[kReferenced].get(referenced);

    if (!has_id || fields.author == kNoAccount) {
      dataset_.report.Skip(has_id ? "post without author" : "post without usable ID");
    } else {
      const PostIndex post = dataset_.InternTwitterPost(key);
      if (has_history) {
        for (const element version : history) {
          std::uint64_t alias = 0;
          if (JsonId(version, alias) && alias != key) dataset_.AliasTwitterPost(alias, post);
        }
      }
      if (id != key && f.has(kId)) dataset_.AliasTwitterPost(id, post);
      if (has_refs) {
        for (const element item : referenced) {
          object ref;
          element ref_id_value, type_value;
          std::uint64_t ref_id = 0;
          if (item.get(ref) || ref["id"].get(ref_id_value) || !JsonId(ref_id_value, ref_id) ||
              ref["type"].get(type_value)) {
            continue;
          }
          const std::string_view type = JsonString(type_value);
          if (type == "retweeted") {
            fields.is_repost = true;
            fields.repost_of = dataset_.InternTwitterPost(ref_id);
          } else if (type == "quoted") {
            fields.is_quote = true;
            fields.quote_of = dataset_.InternTwitterPost(ref_id);
          } else if (type == "replied_to") {
            fields.reply_to_post = dataset_.InternTwitterPost(ref_id);
          }
        }
      }
      if (!fields.is_repost) {
        object reply_user;
        if (f.has(kReplyUser) && !f[kReplyUser].get(reply_user)) {
          fields.reply_to = User(reply_user, fields.time);
        }
        std::uint64_t reply_id = 0;
        if (fields.reply_to == kNoAccount && f.has(kReplyUserId) &&
            JsonId(f[kReplyUserId], reply_id)) {
          fields.reply_to = dataset_.accounts.InternTwitter(reply_id);
        }
        if (f.has(kText)) fields.text = ClassifyPostText(JsonString(f[kText]));
        object entities;
        if (f.has(kEntities) && !f[kEntities].get(entities)) {
          Mentions(entities, users, fields.time, fields.mentions);
          array urls;
          if (!entities["urls"].get(urls) && urls.size() > 0) fields.text |= kHasLink;
        }
      }
      dataset_.AddPost(post, fields);
    }
    // Flattened lines carry the referenced tweets in full: they are posts of their own.
    if (has_refs) {
      for (const element item : referenced) {
        object ref;
        if (!item.get(ref) && (Has(ref, "text") || Has(ref, "author_id"))) Tweet(ref, users);
      }
    }
  }

  RecordContext& context_;
  Dataset& dataset_;
};

}  // namespace

std::unique_ptr<FormatLoader> MakeTwitterV2Loader(RecordContext& context) {
  return std::make_unique<V2Loader>(context);
}

}  // namespace agencynet::detail
