// Bluesky (AT Protocol). A record's AT-URI at://DID/COLLECTION/RKEY names its author, so
// replies, quotes and reposts resolve to an account even when the target post is not loaded.
#include "io/load_bluesky.hpp"

#include <string>

#include "core/post_text.hpp"

namespace agencynet::detail {

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

constexpr std::string_view kPost = "app.bsky.feed.post";
constexpr std::string_view kRepost = "app.bsky.feed.repost";
constexpr std::string_view kFollow = "app.bsky.graph.follow";

constexpr auto& Str = JsonStringField;

// The authority (a DID, or a handle) and the collection of an AT-URI.
struct AtUri {
  std::string_view authority;
  std::string_view collection;
};

AtUri ParseAtUri(std::string_view uri) {
  if (uri.substr(0, 5) != "at://") return {};
  uri.remove_prefix(5);
  const auto slash = uri.find('/');
  AtUri out{uri.substr(0, slash), {}};
  if (slash != std::string_view::npos) {
    std::string_view rest = uri.substr(slash + 1);
    out.collection = rest.substr(0, rest.find('/'));
  }
  return out;
}

class BlueskyLoader : public FormatLoader {
 public:
  explicit BlueskyLoader(RecordContext& context) : context_(context), dataset_(context.dataset()) {}

  void Record(element record) override {
    object obj;
    if (record.get(obj)) {
      context_.Problem("unrecognised record", "expected a Bluesky record object");
      return;
    }
    array items;
    object meta;
    if (!obj["postRecords"].get(items)) {
      // A capture: {accountMeta: {Identity: {DID, Handle}}, postRecords: [{uri, cid, value}]}.
      object identity;
      if (!obj["accountMeta"].get(meta) && !meta["Identity"].get(identity)) {
        const std::string_view did = Str(identity, "DID");
        const std::string_view handle = Str(identity, "Handle");
        if (!did.empty() && !handle.empty()) {
          dataset_.accounts.SeeHandle(dataset_.accounts.InternId(Platform::kBluesky, did), handle,
                                      kNoTime);
        }
      }
      Records(items);
      return;
    }
    if (!obj["records"].get(items)) {
      Records(items);  // com.atproto.repo.listRecords
      return;
    }
    if (Has(obj, "kind") && Has(obj, "did")) {
      Jetstream(obj);
      return;
    }
    object value;
    if (!obj["value"].get(value)) {
      Uri(Str(obj, "uri"), value, kNoTime);
      return;
    }
    context_.Problem("unrecognised record",
                     "not a Bluesky record (expected a Jetstream event, {uri, value}, "
                     "{records: [...]} or a capture with postRecords)");
  }

 private:
  static constexpr auto& Has = JsonHas;

  void Records(array items) {
    for (const element item : items) {
      object entry, value;
      if (item.get(entry) || entry["value"].get(value)) {
        dataset_.report.Skip("unrecognised record");
        continue;
      }
      Uri(Str(entry, "uri"), value, kNoTime);
    }
  }

  void Jetstream(object event) {
    const std::string_view kind = Str(event, "kind");
    const std::string_view did = Str(event, "did");
    object body;
    if (kind == "identity" && !event["identity"].get(body)) {
      const std::string_view handle = Str(body, "handle");
      if (!handle.empty()) {
        dataset_.accounts.SeeHandle(dataset_.accounts.InternId(Platform::kBluesky, did), handle,
                                    kNoTime);
      }
      dataset_.report.Skip("bluesky identity event");
      return;
    }
    if (kind != "commit" || event["commit"].get(body)) {
      dataset_.report.Skip("bluesky " + std::string(kind.empty() ? "event" : kind) + " event");
      return;
    }
    const std::string_view operation = Str(body, "operation");
    const std::string_view collection = Str(body, "collection");
    object record;
    if (operation != "create" || body["record"].get(record)) {
      dataset_.report.Skip("bluesky " + std::string(operation.empty() ? "commit" : operation));
      return;
    }
    std::int64_t time_us = 0;
    element t;
    const Timestamp fallback =
        !event["time_us"].get(t) && !t.get_int64().get(time_us) ? time_us / 1000000 : kNoTime;
    const std::string uri = "at://" + std::string(did) + "/" + std::string(collection) + "/" +
                            std::string(Str(body, "rkey"));
    Uri(uri, record, fallback);
  }

  AccountIndex Did(std::string_view authority) {
    return InternAccountRef(dataset_.accounts, authority, Platform::kBluesky);
  }

  // The post an AT-URI names, with its author set from the URI.
  PostIndex Referenced(std::string_view uri) {
    const AtUri at = ParseAtUri(uri);
    if (at.authority.empty()) return kNoPost;
    const PostIndex post = dataset_.InternPost(Platform::kBluesky, uri);
    dataset_.SetReferencedAuthor(post, Did(at.authority));
    return post;
  }

  // One record, named by its AT-URI; `fallback` is the time when the record has none.
  void Uri(std::string_view uri, object value, Timestamp fallback) {
    const AtUri at = ParseAtUri(uri);
    std::string_view type = Str(value, "$type");
    if (type.empty()) type = at.collection;
    Timestamp time = ParseIsoTime(Str(value, "createdAt"));
    if (time == kNoTime) time = fallback;
    if (type != kPost && type != kRepost && type != kFollow) {
      dataset_.report.Skip("bluesky " + std::string(type.empty() ? "record" : type));
      return;
    }
    const AccountIndex author = at.authority.empty() ? kNoAccount : Did(at.authority);
    if (author == kNoAccount) {
      dataset_.report.Skip("post without usable ID");
      return;
    }
    if (type == kFollow) {
      const AccountIndex subject = Did(Str(value, "subject"));
      if (subject == kNoAccount) {
        dataset_.report.Skip("follow without subject");
        return;
      }
      dataset_.AddDirect({author, subject, time, 1, EdgeKind::kFollow});
      return;
    }
    PostFields fields{.author = author, .time = time};
    object part;
    if (type == kRepost) {
      fields.is_repost = true;
      if (!value["subject"].get(part)) fields.repost_of = Referenced(Str(part, "uri"));
    } else {
      object reply, parent;
      if (!value["reply"].get(reply) && !reply["parent"].get(parent)) {
        const AtUri target = ParseAtUri(Str(parent, "uri"));
        if (!target.authority.empty()) {
          fields.reply_to = Did(target.authority);
          fields.reply_to_post = Referenced(Str(parent, "uri"));
        }
      }
      fields.text = ClassifyPostText(Str(value, "text"));
      object embed;
      if (!value["embed"].get(embed) && Str(embed, "$type") == "app.bsky.embed.external") {
        fields.text |= kHasLink;
      }
      Quote(value, fields);
      Mentions(value, fields);
    }
    dataset_.AddPost(dataset_.InternPost(Platform::kBluesky, uri), fields);
  }

  void Quote(object value, PostFields& fields) {
    object embed, record;
    if (value["embed"].get(embed)) return;
    const std::string_view type = Str(embed, "$type");
    if (type == "app.bsky.embed.record") {
      if (embed["record"].get(record)) return;
    } else if (type == "app.bsky.embed.recordWithMedia") {
      object outer;
      if (embed["record"].get(outer) || outer["record"].get(record)) return;
    } else {
      return;
    }
    const std::string_view uri = Str(record, "uri");
    if (ParseAtUri(uri).collection != kPost) {
      dataset_.report.Skip("embed of a non-post record");
      return;
    }
    fields.is_quote = true;
    fields.quote_of = Referenced(uri);
  }

  void Mentions(object value, PostFields& fields) {
    array facets;
    if (value["facets"].get(facets)) return;
    for (const element facet_item : facets) {
      object facet;
      array features;
      if (facet_item.get(facet) || facet["features"].get(features)) continue;
      for (const element feature_item : features) {
        object feature;
        if (feature_item.get(feature)) continue;
        const std::string_view type = Str(feature, "$type");
        if (type == "app.bsky.richtext.facet#link") fields.text |= kHasLink;
        if (type != "app.bsky.richtext.facet#mention") continue;
        const AccountIndex m = Did(Str(feature, "did"));
        if (m != kNoAccount) fields.mentions.push_back(m);
      }
    }
  }

  RecordContext& context_;
  Dataset& dataset_;
};

}  // namespace

std::unique_ptr<FormatLoader> MakeBlueskyLoader(RecordContext& context) {
  return std::make_unique<BlueskyLoader>(context);
}

}  // namespace agencynet::detail
