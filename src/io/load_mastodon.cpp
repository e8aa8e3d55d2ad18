// Mastodon: REST statuses as the API returns them, and the ActivityPub outbox any user can
// export. A post's identity is its URI, so both forms of the same post deduplicate.
#include "io/load_mastodon.hpp"

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/post_text.hpp"

namespace agencynet::detail {

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

std::string_view Host(std::string_view url) {
  const auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  url.remove_prefix(scheme + 3);
  return url.substr(0, url.find('/'));
}

enum StatusKey : std::size_t {
  kUri,
  kCreatedAt,
  kAccount,
  kReblog,
  kReplyAccount,
  kMentions,
  kLocalStatusId,
  kReplyStatus,
  kContent,
  kCard,
};
constexpr std::array<std::string_view, 10> kStatusKeys = {
    "uri",      "created_at", "account",        "reblog",  "in_reply_to_account_id",
    "mentions", "id",         "in_reply_to_id", "content", "card"};

enum AccountKey : std::size_t { kLocalId, kAcct, kUsername, kUrl, kDisplayName, kFollowers };
constexpr std::array<std::string_view, 6> kAccountKeys = {"id",  "acct",         "username",
                                                          "url", "display_name", "followers_count"};

class MastodonLoader : public FormatLoader {
 public:
  explicit MastodonLoader(RecordContext& context)
      : context_(context), dataset_(context.dataset()) {}

  void Record(element record) override {
    object status;
    if (record.get(status) || (record["uri"].error() && record["account"].error())) {
      context_.Problem("unrecognised record",
                       "not a Mastodon status (expected an object with \"uri\" and \"account\")");
      return;
    }
    Status(status);
  }

  // Replies name their target account and post by server-local IDs, known only once the whole
  // file has been read. A post answered but not in the file is simply not known.
  void Finish() override {
    for (const auto& [post, local_id] : pending_replies_) {
      const auto it = local_ids_.find(local_id);
      if (it == local_ids_.end()) {
        ++dataset_.report.unresolved["reply"];
      } else {
        dataset_.SetReplyTo(post, it->second);
      }
    }
    for (const auto& [post, local_id] : pending_reply_posts_) {
      const auto it = local_posts_.find(local_id);
      if (it != local_posts_.end()) dataset_.SetReplyToPost(post, it->second);
    }
  }

 private:
  // The account of an `account` or `mentions[]` object; remembers its server-local ID.
  AccountIndex Account(object account, Timestamp when, bool profile) {
    const PickedFields<6> f(account, kAccountKeys);
    std::string acct(f.has(kAcct) ? JsonString(f[kAcct]) : std::string_view());
    if (acct.empty() && f.has(kUsername)) acct = JsonString(f[kUsername]);
    if (acct.empty()) return kNoAccount;
    if (acct.front() == '@') acct.erase(0, 1);
    if (acct.find('@') == std::string::npos) {
      const std::string_view host = f.has(kUrl) ? Host(JsonString(f[kUrl])) : "";
      if (host.empty()) return kNoAccount;
      acct += '@';
      acct += host;
    }
    const AccountIndex index = dataset_.accounts.InternId(Platform::kMastodon, AsciiLower(acct));
    dataset_.accounts.SeeHandle(index, acct, when);
    if (profile) {
      const std::int64_t followers = f.has(kFollowers) ? JsonInt(f[kFollowers], -1) : -1;
      dataset_.accounts.SeeProfile(index, f.has(kDisplayName) ? JsonString(f[kDisplayName]) : "",
                                   followers, when);
    }
    if (f.has(kLocalId)) {
      const std::string_view local = JsonString(f[kLocalId]);
      if (!local.empty()) local_ids_.emplace(std::string(local), index);
    }
    return index;
  }

  void Status(object status) {
    const PickedFields<10> f(status, kStatusKeys);
    PostFields fields;
    if (f.has(kCreatedAt)) fields.time = ParseIsoTime(JsonString(f[kCreatedAt]));
    object account;
    if (f.has(kAccount) && !f[kAccount].get(account)) {
      fields.author = Account(account, fields.time, true);
    }
    const std::string_view uri = f.has(kUri) ? JsonString(f[kUri]) : "";
    object reblog;
    const bool is_reblog = f.has(kReblog) && !f[kReblog].get(reblog);
    if (uri.empty() || fields.author == kNoAccount) {
      dataset_.report.Skip(uri.empty() ? "post without usable ID" : "post without author");
    } else {
      const PostIndex post = dataset_.InternPost(Platform::kMastodon, uri);
      std::string reply_local_id;
      if (is_reblog) {
        fields.is_repost = true;
        element original;
        if (!reblog["uri"].get(original) && !JsonString(original).empty()) {
          fields.repost_of = dataset_.InternPost(Platform::kMastodon, JsonString(original));
        }
      } else {
        if (f.has(kReplyAccount)) reply_local_id = std::string(JsonString(f[kReplyAccount]));
        if (f.has(kReplyStatus) && !JsonString(f[kReplyStatus]).empty()) {
          pending_reply_posts_.emplace_back(post, JsonString(f[kReplyStatus]));
        }
        if (f.has(kContent))
          fields.text = ClassifyPostText(PlainTextOfHtml(JsonString(f[kContent])));
        object card;
        if (f.has(kCard) && !f[kCard].get(card)) fields.text |= kHasLink;
        array mentions;
        if (f.has(kMentions) && !f[kMentions].get(mentions)) {
          for (const element item : mentions) {
            object mention;
            if (item.get(mention)) continue;
            const AccountIndex m = Account(mention, fields.time, false);
            if (m != kNoAccount) fields.mentions.push_back(m);
          }
        }
      }
      if (f.has(kLocalStatusId) && !JsonString(f[kLocalStatusId]).empty()) {
        local_posts_.emplace(JsonString(f[kLocalStatusId]), post);
      }
      if (dataset_.AddPost(post, fields) && !reply_local_id.empty()) {
        pending_replies_.emplace_back(post, reply_local_id);
      }
    }
    if (is_reblog) Status(reblog);
  }

  RecordContext& context_;
  Dataset& dataset_;
  std::unordered_map<std::string, AccountIndex> local_ids_;
  std::vector<std::pair<PostIndex, std::string>> pending_replies_;
  std::unordered_map<std::string, PostIndex> local_posts_;  ///< status `id` -> post
  std::vector<std::pair<PostIndex, std::string>> pending_reply_posts_;
};

// ActivityPub ------------------------------------------------------------------------------

class ActivityPubLoader : public FormatLoader {
 public:
  explicit ActivityPubLoader(RecordContext& context)
      : context_(context), dataset_(context.dataset()) {}

  void Record(element record) override {
    object obj;
    if (record.get(obj)) {
      context_.Problem("unrecognised record", "expected an ActivityPub object");
      return;
    }
    array items;
    if (!obj["orderedItems"].get(items) || !obj["items"].get(items)) {
      for (const element item : items) {
        object activity;
        if (item.get(activity)) {
          dataset_.report.Skip("unrecognised record");
          continue;
        }
        Activity(activity);
      }
      return;
    }
    Activity(obj);
  }

 private:
  AccountIndex Actor(std::string_view uri) {
    const std::string acct = AcctFromUri(uri);
    if (acct.empty()) return kNoAccount;
    return dataset_.accounts.InternId(Platform::kMastodon, acct);
  }

  static constexpr auto& Str = JsonStringField;

  void Activity(object activity) {
    const std::string_view type = Str(activity, "type");
    const AccountIndex actor = Actor(Str(activity, "actor"));
    Timestamp time = ParseIsoTime(Str(activity, "published"));
    if (type == "Announce") {
      const std::string_view id = Str(activity, "id");
      if (id.empty() || actor == kNoAccount) {
        dataset_.report.Skip(id.empty() ? "post without usable ID" : "post without author");
        return;
      }
      PostFields fields{.author = actor, .time = time, .is_repost = true};
      object embedded;
      std::string_view target = Str(activity, "object");
      if (target.empty() && !activity["object"].get(embedded)) target = Str(embedded, "id");
      if (!target.empty()) {
        fields.repost_of = dataset_.InternPost(Platform::kMastodon, target);
        const AccountIndex author = Actor(target);
        if (author != kNoAccount) dataset_.SetReferencedAuthor(fields.repost_of, author);
      }
      dataset_.AddPost(dataset_.InternPost(Platform::kMastodon, id), fields);
      if (!activity["object"].get(embedded)) Note(embedded, kNoAccount, kNoTime);
      return;
    }
    if (type == "Create") {
      object note;
      if (activity["object"].get(note)) {
        dataset_.report.Skip("activity without object");
        return;
      }
      Note(note, actor, time);
      return;
    }
    dataset_.report.Skip("activity: " + std::string(type.empty() ? "untyped" : type));
  }

  void Note(object note, AccountIndex actor, Timestamp activity_time) {
    const std::string_view id = Str(note, "id");
    AccountIndex author = Actor(Str(note, "attributedTo"));
    if (author == kNoAccount) author = actor;
    Timestamp time = ParseIsoTime(Str(note, "published"));
    if (time == kNoTime) time = activity_time;
    if (id.empty() || author == kNoAccount) {
      dataset_.report.Skip(id.empty() ? "post without usable ID" : "post without author");
      return;
    }
    PostFields fields{.author = author, .time = time};
    const std::string_view reply = Str(note, "inReplyTo");
    if (!reply.empty()) {
      fields.reply_to = Actor(reply);
      if (fields.reply_to == kNoAccount) ++dataset_.report.unresolved["reply"];
      fields.reply_to_post = dataset_.InternPost(Platform::kMastodon, reply);
    }
    fields.text = ClassifyPostText(PlainTextOfHtml(Str(note, "content")));
    array tags;
    if (!note["tag"].get(tags)) {
      for (const element item : tags) {
        object tag;
        if (item.get(tag) || Str(tag, "type") != "Mention") continue;
        AccountIndex m = Actor(Str(tag, "href"));
        if (m == kNoAccount) {
          std::string name(Str(tag, "name"));
          if (!name.empty() && name.front() == '@') name.erase(0, 1);
          if (name.find('@') != std::string::npos) {
            m = dataset_.accounts.InternId(Platform::kMastodon, AsciiLower(name));
          }
        }
        if (m != kNoAccount) fields.mentions.push_back(m);
      }
    }
    dataset_.AddPost(dataset_.InternPost(Platform::kMastodon, id), fields);
  }

  RecordContext& context_;
  Dataset& dataset_;
};

}  // namespace

std::string AcctFromUri(std::string_view uri) {
  const std::string_view host = Host(uri);
  if (host.empty()) return {};
  std::string_view path = uri.substr(uri.find(host) + host.size());
  std::string_view name;
  if (path.substr(0, 7) == "/users/") {
    name = path.substr(7);
  } else if (path.substr(0, 2) == "/@") {
    name = path.substr(2);
  } else {
    return {};
  }
  name = name.substr(0, name.find_first_of("/?#"));
  if (name.empty()) return {};
  return AsciiLower(std::string(name) + "@" + std::string(host));
}

std::unique_ptr<FormatLoader> MakeMastodonLoader(RecordContext& context) {
  return std::make_unique<MastodonLoader>(context);
}

std::unique_ptr<FormatLoader> MakeActivityPubLoader(RecordContext& context) {
  return std::make_unique<ActivityPubLoader>(context);
}

}  // namespace agencynet::detail
