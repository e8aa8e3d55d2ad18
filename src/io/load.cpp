#include "io/load.hpp"

#include <algorithm>
#include <cstring>
#include <functional>

#include "core/error.hpp"
#include "io/input.hpp"
#include "io/json_record.hpp"
#include "io/load_bluesky.hpp"
#include "io/load_edge_list.hpp"
#include "io/load_mastodon.hpp"
#include "io/load_twitter_v1.hpp"
#include "io/load_twitter_v2.hpp"

namespace agencynet {

namespace detail {

void RecordContext::Problem(const std::string& category, const std::string& message) {
  if (options_.strict) throw InputError(file_, line_, message);
  dataset_.report.Problem(category, file_, line_, message);
}

bool JsonId(simdjson::dom::element value, std::uint64_t& out) {
  switch (value.type()) {
    case simdjson::dom::element_type::STRING:
      return ParseUint64(value.get_string().value_unsafe(), out);
    case simdjson::dom::element_type::UINT64:
      out = value.get_uint64().value_unsafe();
      return true;
    case simdjson::dom::element_type::INT64: {
      const std::int64_t v = value.get_int64().value_unsafe();
      if (v < 0) return false;
      out = static_cast<std::uint64_t>(v);
      return true;
    }
    default:
      return false;
  }
}

std::string_view JsonString(simdjson::dom::element value) {
  std::string_view out;
  return value.get_string().get(out) ? std::string_view() : out;
}

std::string_view JsonStringField(simdjson::dom::object object, const char* key) {
  simdjson::dom::element value;
  return object[key].get(value) ? std::string_view() : JsonString(value);
}

std::int64_t JsonInt(simdjson::dom::element value, std::int64_t fallback) {
  std::int64_t out = 0;
  return value.get_int64().get(out) ? fallback : out;
}

}  // namespace detail

namespace {

using detail::RecordContext;

constexpr auto& Has = detail::JsonHas;

// The format of a file, from its first record.
InputFormat DetectFormat(simdjson::dom::object record) {
  if (Has(record, "data") || Has(record, "__twarc") || Has(record, "matching_rules") ||
      Has(record, "author_id") || Has(record, "edit_history_tweet_ids") ||
      (Has(record, "action") && Has(record, "id") && !Has(record, "text"))) {
    return InputFormat::kTwitterV2;
  }
  if (Has(record, "account") && Has(record, "uri")) return InputFormat::kMastodon;
  if (Has(record, "orderedItems") || Has(record, "@context") ||
      (Has(record, "actor") && Has(record, "type"))) {
    return InputFormat::kActivityPub;
  }
  std::string_view uri;
  if (Has(record, "postRecords") || Has(record, "commit") || Has(record, "$type") ||
      (Has(record, "did") && Has(record, "time_us")) || Has(record, "records") ||
      (!record["uri"].get(uri) && uri.substr(0, 5) == "at://")) {
    return InputFormat::kBluesky;
  }
  if (detail::LooksLikeTwitterV1(record)) return InputFormat::kTwitterV1;
  return InputFormat::kAuto;  // not recognised
}

std::unique_ptr<detail::FormatLoader> MakeLoader(InputFormat format, RecordContext& context) {
  switch (format) {
    case InputFormat::kTwitterV2:
      return detail::MakeTwitterV2Loader(context);
    case InputFormat::kMastodon:
      return detail::MakeMastodonLoader(context);
    case InputFormat::kActivityPub:
      return detail::MakeActivityPubLoader(context);
    case InputFormat::kBluesky:
      return detail::MakeBlueskyLoader(context);
    default:
      return detail::MakeTwitterV1Loader(context);
  }
}

// Pulls bytes from a file or a string.
using ReadFn = std::function<std::size_t(char*, std::size_t)>;

class Framer {
 public:
  static constexpr std::size_t kChunk = std::size_t{16} << 20;
  static constexpr std::size_t kFirstChunk = std::size_t{1} << 20;

  Framer(const std::string& name, Dataset& dataset, const LoadOptions& options,
         std::uint64_t total_bytes)
      : context_(name, dataset, options), options_(options), total_bytes_(total_bytes) {}

  // Finds out how the records are framed from the first line, then streams JSON Lines chunk by
  // chunk; a JSON array or document is read whole.
  void Load(const ReadFn& read, const std::function<std::uint64_t()>& progress_offset) {
    read_ = &read;
    progress_offset_ = &progress_offset;
    std::size_t start = 0;
    while (true) {
      if (start < size_) {
        const char c = buffer_[start];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
          ++start;
          continue;
        }
        if (start == 0 && size_ >= 3 && std::memcmp(buffer_.data(), "\xEF\xBB\xBF", 3) == 0) {
          // A UTF-8 byte order mark: drop it, so no framing below sees it.
          std::memmove(buffer_.data(), buffer_.data() + 3, size_ - 3);
          size_ -= 3;
          continue;
        }
        break;
      }
      if (!Fill()) break;
    }
    if (start >= size_) return;  // an empty file holds no records
    const char first = buffer_[start];
    if (first == '[') {
      FillAll();
      Array(start);
      return;
    }
    if (first != '{' &&
        (options_.format == InputFormat::kAuto || options_.format == InputFormat::kEdgeList)) {
      edge_list_ = detail::MakeEdgeListLoader(context_);
      StreamLines();
      return;
    }
    if (first != '{') {
      throw InputError(
          context_.file(),
          1 + static_cast<std::uint64_t>(std::count(buffer_.data(), buffer_.data() + start, '\n')),
          "not JSON: the file starts with '" + std::string(1, first) +
              "'; agencynet reads JSON, JSON Lines and their .gz files");
    }
    const char* newline = nullptr;
    while (!(newline = static_cast<const char*>(
                 std::memchr(buffer_.data() + start, '\n', size_ - start))) &&
           Fill()) {
    }
    const std::size_t first_end =
        newline ? static_cast<std::size_t>(newline - buffer_.data()) : size_;
    simdjson::dom::element probe;
    if (parser_.parse(buffer_.data() + start, first_end - start, false).get(probe)) {
      FillAll();
      Document(start);
      return;
    }
    StreamLines();
  }

 private:
  // Appends up to kChunk more bytes; false at the end of input.
  bool Fill() {
    if (eof_) return false;
    // The first read is small, so small files need no large buffer; later reads are a chunk.
    const std::size_t want = size_ == 0 && buffer_.capacity() == 0 ? kFirstChunk : kChunk;
    buffer_.Reserve(size_ + want + kInputPadding);
    const std::size_t got = (*read_)(buffer_.data() + size_, want);
    size_ += got;
    std::memset(buffer_.data() + size_, 0, kInputPadding);
    if (got == 0) eof_ = true;
    return got > 0;
  }

  void FillAll() {
    while (Fill()) {
    }
  }

  void Progress() {
    if (options_.progress) options_.progress(context_.file(), (*progress_offset_)(), total_bytes_);
  }

  void Dispatch(simdjson::dom::element record) {
    ++context_.dataset().report.records;
    if (!loader_) {
      InputFormat format = options_.format;
      simdjson::dom::object obj;
      if (format == InputFormat::kAuto) {
        format = record.get(obj) ? InputFormat::kTwitterV1 : DetectFormat(obj);
      }
      if (format == InputFormat::kAuto) {
        throw InputError(context_.file(), context_.line(),
                         "the format of this file is not recognised: expected Twitter API v1.1 "
                         "or v2 JSON (twarc), Mastodon statuses, an ActivityPub export, Bluesky "
                         "records, or an edge list; name it with --format if it is one of them");
      }
      loader_ = MakeLoader(format, context_);
    }
    loader_->Record(record);
  }

 public:
  void Finish() {
    if (loader_) loader_->Finish();
  }

 private:
  // Reads JSON Lines chunk by chunk: complete lines are parsed, a partial last line waits for
  // the next chunk. Memory stays at a chunk or two, whatever the file size.
  void StreamLines() {
    std::size_t pos = 0;
    while (true) {
      const char* base = buffer_.data();
      const void* last = nullptr;
      for (std::size_t i = size_; i > pos; --i) {
        if (base[i - 1] == '\n') {
          last = base + i - 1;
          break;
        }
      }
      if (last) {
        const std::size_t stop = static_cast<const char*>(last) - base + 1;
        ProcessLines(pos, stop, false);
        pos = stop;
      }
      // Move the partial line to the front and read more.
      std::memmove(buffer_.data(), buffer_.data() + pos, size_ - pos);
      size_ -= pos;
      pos = 0;
      Progress();
      if (!Fill()) break;
    }
    ProcessLines(0, size_, true);
    Progress();
  }

  // Parses the lines in [from, to). With `final`, the last line holding anything is the file's
  // last line, and a parse error there means the file was cut off.
  void ProcessLines(std::size_t from, std::size_t to, bool final) {
    const char* const base = buffer_.data();
    std::size_t content_end = to;
    while (final && content_end > from &&
           (base[content_end - 1] == ' ' || base[content_end - 1] == '\t' ||
            base[content_end - 1] == '\r' || base[content_end - 1] == '\n')) {
      --content_end;
    }
    const char* p = base + from;
    const char* const end = base + to;
    while (p < end) {
      ++line_;
      const char* newline = static_cast<const char*>(std::memchr(p, '\n', end - p));
      const char* stop = newline ? newline : end;
      const char* a = p;
      const char* b = stop;
      while (a < b && (*a == ' ' || *a == '\t' || *a == '\r')) ++a;
      while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\r')) --b;
      p = newline ? newline + 1 : end;
      if (a == b) continue;
      if (edge_list_) {
        edge_list_->Line(std::string_view(a, static_cast<std::size_t>(b - a)), line_);
        continue;
      }
      context_.set_line(line_);
      simdjson::dom::element record;
      const auto error = parser_.parse(a, b - a, false).get(record);
      if (error) {
        ++context_.dataset().report.records;
        if (final && static_cast<std::size_t>(b - base) >= content_end) {
          context_.Problem("truncated last line",
                           "the last line is not complete JSON (" +
                               std::string(simdjson::error_message(error)) +
                               "); the file was probably cut off while being written");
        } else {
          context_.Problem("invalid JSON", std::string("not valid JSON: ") +
                                               simdjson::error_message(error) +
                                               "; the rest of the file is still read");
        }
        continue;
      }
      Dispatch(record);
    }
  }

  // A top-level array of records: elements are found with the on-demand parser (which knows
  // where each one starts, for line numbers) and each parsed into a DOM on its own.
  void Array(std::size_t start_offset) {
    const char* const begin = buffer_.data();
    const char* const start = begin + start_offset;
    simdjson::ondemand::parser walker;
    simdjson::padded_string_view view(begin, size_, size_ + kInputPadding);
    simdjson::ondemand::document doc;
    simdjson::ondemand::array items;
    if (walker.iterate(view).get(doc) || doc.get_array().get(items)) {
      Invalid(begin, start, "the array is not valid JSON");
      return;
    }
    const char* counted_to = begin;
    std::uint64_t line = 1;
    for (auto item_result : items) {
      simdjson::ondemand::value item;
      if (item_result.get(item)) {
        Invalid(begin, counted_to, "the array is not valid JSON");
        return;
      }
      const char* at = nullptr;
      if (!item.current_location().get(at)) {
        line += static_cast<std::uint64_t>(std::count(counted_to, at, '\n'));
        counted_to = at;
      }
      context_.set_line(line);
      simdjson::ondemand::json_type type;
      if (item.type().get(type)) {
        Invalid(begin, counted_to, "the array is not valid JSON");
        return;
      }
      if (type == simdjson::ondemand::json_type::null) {
        ++context_.dataset().report.records;
        context_.dataset().report.Skip("null entry");
        continue;
      }
      std::string_view raw;
      simdjson::ondemand::object obj;
      if (type != simdjson::ondemand::json_type::object || item.get_object().get(obj) ||
          obj.raw_json().get(raw)) {
        ++context_.dataset().report.records;
        context_.Problem("unrecognised record", "an array element is not a JSON object");
        continue;
      }
      simdjson::dom::element record;
      if (parser_.parse(raw.data(), raw.size(), false).get(record)) {
        ++context_.dataset().report.records;
        context_.Problem("invalid JSON", "an array element is not valid JSON");
        continue;
      }
      Dispatch(record);
    }
    Progress();
  }

  void Document(std::size_t start_offset) {
    const char* const begin = buffer_.data();
    const char* const start = begin + start_offset;
    simdjson::dom::element record;
    const auto error = parser_.parse(begin, size_, false).get(record);
    context_.set_line(LineAt(begin, start));
    if (error) {
      Invalid(begin, start,
              std::string("not valid JSON (") + simdjson::error_message(error) +
                  "): neither one JSON document nor one JSON value per line");
      return;
    }
    Dispatch(record);
    Progress();
  }

  void Invalid(const char* begin, const char* at, const std::string& message) {
    ++context_.dataset().report.records;
    context_.set_line(LineAt(begin, at));
    context_.Problem("invalid JSON", message);
  }

  static std::uint64_t LineAt(const char* begin, const char* at) {
    return 1 + static_cast<std::uint64_t>(std::count(begin, at, '\n'));
  }

  RecordContext context_;
  const LoadOptions& options_;
  std::uint64_t total_bytes_;
  simdjson::dom::parser parser_;
  std::unique_ptr<detail::FormatLoader> loader_;
  std::unique_ptr<detail::EdgeListLoader> edge_list_;
  // Bytes [0, size_) are input, followed by kInputPadding zero bytes for the parser. Not
  // zero-initialised: a chunk is written before it is read.
  class Buffer {
   public:
    char* data() { return data_.get(); }
    const char* data() const { return data_.get(); }
    char operator[](std::size_t i) const { return data_[i]; }
    std::size_t capacity() const { return capacity_; }
    void Reserve(std::size_t size) {
      if (size <= capacity_) return;
      const std::size_t grown = std::max(size, capacity_ * 2);
      std::unique_ptr<char[]> bigger(new char[grown]);
      if (capacity_) std::memcpy(bigger.get(), data_.get(), capacity_);
      data_ = std::move(bigger);
      capacity_ = grown;
    }

   private:
    std::unique_ptr<char[]> data_;
    std::size_t capacity_ = 0;
  };
  Buffer buffer_;
  std::size_t size_ = 0;
  bool eof_ = false;
  std::uint64_t line_ = 0;
  const ReadFn* read_ = nullptr;
  const std::function<std::uint64_t()>* progress_offset_ = nullptr;
};

}  // namespace

namespace {
struct FormatEntry {
  InputFormat format;
  std::string_view name;
  std::string_view description;
};
constexpr FormatEntry kFormats[] = {
    {InputFormat::kAuto, "auto", "detected from content"},
    {InputFormat::kTwitterV1, "twitter-v1", "Twitter API v1.1 JSON"},
    {InputFormat::kTwitterV2, "twitter-v2", "Twitter API v2 (twarc2) JSON"},
    {InputFormat::kMastodon, "mastodon", "Mastodon REST statuses"},
    {InputFormat::kActivityPub, "activitypub", "a Mastodon ActivityPub export (outbox.json)"},
    {InputFormat::kBluesky, "bluesky", "Bluesky records"},
    {InputFormat::kEdgeList, "edges", "an edge list or ID list (CSV, TSV or SNAP)"},
};
}  // namespace

std::string_view FormatName(InputFormat format) {
  for (const FormatEntry& entry : kFormats) {
    if (entry.format == format) return entry.description;
  }
  return "an unknown format";
}

AccountIndex InternAccountRef(AccountTable& accounts, std::string_view text,
                              std::optional<Platform> platform) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty()) return kNoAccount;
  const bool at = text.front() == '@';
  const std::string_view bare = at ? text.substr(1) : text;
  if (bare.empty()) return kNoAccount;
  const bool mastodon_like = bare.find('@') != std::string_view::npos;
  Platform p = platform                      ? *platform
               : bare.substr(0, 4) == "did:" ? Platform::kBluesky
               : mastodon_like               ? Platform::kMastodon
                                             : Platform::kTwitter;
  std::uint64_t numeric = 0;
  switch (p) {
    case Platform::kTwitter:
      if (!at && ParseUint64(bare, numeric)) return accounts.InternTwitter(numeric);
      return accounts.InternHandle(p, bare);
    case Platform::kMastodon:
      return mastodon_like ? accounts.InternId(p, AsciiLower(bare))
                           : accounts.InternHandle(p, bare);
    case Platform::kBluesky:
      return bare.substr(0, 4) == "did:" ? accounts.InternId(p, bare)
                                         : accounts.InternHandle(p, bare);
  }
  return kNoAccount;
}

InputFormat ParseInputFormat(std::string_view text) {
  const std::string lower = AsciiLower(text);
  if (lower == "v1" || lower == "v1.1" || lower == "twitter-v1.1") return InputFormat::kTwitterV1;
  if (lower == "v2") return InputFormat::kTwitterV2;
  std::string names;
  for (const FormatEntry& entry : kFormats) {
    if (lower == entry.name) return entry.format;
    names += names.empty() ? "" : ", ";
    names += entry.name;
  }
  throw UsageError("unknown --format '" + std::string(text) + "'; expected one of " + names);
}

void LoadContent(const std::string& name, std::string content, Dataset& dataset,
                 const LoadOptions& options) {
  ++dataset.report.files;
  std::size_t offset = 0;
  const ReadFn read = [&](char* out, std::size_t size) {
    const std::size_t n = std::min(size, content.size() - offset);
    std::memcpy(out, content.data() + offset, n);
    offset += n;
    return n;
  };
  const std::function<std::uint64_t()> where = [&] { return static_cast<std::uint64_t>(offset); };
  Framer framer(name, dataset, options, content.size());
  framer.Load(read, where);
  framer.Finish();
}

void LoadFile(const std::string& path, Dataset& dataset, const LoadOptions& options) {
  InputStream stream(path);
  ++dataset.report.files;
  const ReadFn read = [&](char* out, std::size_t size) { return stream.Read(out, size); };
  const std::function<std::uint64_t()> where = [&] { return stream.disk_offset(); };
  Framer framer(path, dataset, options, stream.disk_size());
  framer.Load(read, where);
  framer.Finish();
}

}  // namespace agencynet
