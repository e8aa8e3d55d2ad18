#include "io/load.hpp"

#include <algorithm>
#include <cstring>

#include "core/error.hpp"
#include "io/input.hpp"
#include "io/json_record.hpp"
#include "io/load_twitter_v1.hpp"

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

std::int64_t JsonInt(simdjson::dom::element value, std::int64_t fallback) {
  std::int64_t out = 0;
  return value.get_int64().get(out) ? fallback : out;
}

}  // namespace detail

namespace {

using detail::RecordContext;

// Recognises the platforms agencynet does not read yet, so the message can say what was found.
std::string ForeignFormat(simdjson::dom::object record) {
  auto has = [&](const char* key) { return !record[key].error(); };
  if (has("data") && (has("includes") || has("meta") || has("__twarc") || has("matching_rules"))) {
    return "Twitter API v2 (twarc2) data";
  }
  if (has("author_id") || has("edit_history_tweet_ids")) return "a Twitter API v2 tweet";
  if (has("account") && has("uri")) return "a Mastodon status";
  if (has("orderedItems") || has("@context")) return "an ActivityPub export";
  if (has("did") || has("$type") || has("postRecords")) return "Bluesky data";
  return {};
}

class Framer {
 public:
  Framer(const std::string& name, Dataset& dataset, const LoadOptions& options)
      : context_(name, dataset, options), options_(options) {}

  void Load(std::string& content) {
    const char* const begin = content.data();
    const char* const end = begin + content.size();
    const char* p = begin;
    if (content.size() >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) ++p;
    if (p == end) return;  // an empty file holds no records
    if (*p == '[') {
      Array(content, p);
      return;
    }
    if (*p != '{') {
      throw InputError(context_.file(), LineAt(begin, p),
                       "not JSON: the file starts with '" + std::string(1, *p) +
                           "'; agencynet reads JSON, JSON Lines and their .gz files");
    }
    const char* newline = static_cast<const char*>(std::memchr(p, '\n', end - p));
    const char* first_end = newline ? newline : end;
    simdjson::dom::element first;
    if (!parser_.parse(p, first_end - p, false).get(first)) {
      Lines(begin, end);
    } else {
      Document(content, p);
    }
  }

 private:
  static std::uint64_t LineAt(const char* begin, const char* at) {
    return 1 + static_cast<std::uint64_t>(std::count(begin, at, '\n'));
  }

  void Progress(std::uint64_t done, std::uint64_t total) {
    if (options_.progress) options_.progress(context_.file(), done, total);
  }

  void Dispatch(simdjson::dom::element record) {
    ++context_.dataset().report.records;
    simdjson::dom::object obj;
    if (!format_checked_ && !record.get(obj)) {
      format_checked_ = true;
      if (options_.format == InputFormat::kAuto && !detail::LooksLikeTwitterV1(obj)) {
        const std::string foreign = ForeignFormat(obj);
        if (!foreign.empty()) {
          throw InputError(context_.file(), context_.line(),
                           "this looks like " + foreign +
                               "; this version of agencynet reads Twitter API v1.1 JSON only");
        }
      }
    }
    detail::LoadTwitterV1Record(record, context_);
  }

  void Lines(const char* begin, const char* end) {
    std::uint64_t line = 0;
    const char* p = begin;
    std::uint64_t next_progress = 0;
    while (p < end) {
      ++line;
      const char* newline = static_cast<const char*>(std::memchr(p, '\n', end - p));
      const char* stop = newline ? newline : end;
      const char* a = p;
      const char* b = stop;
      while (a < b && (*a == ' ' || *a == '\t' || *a == '\r')) ++a;
      while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\r')) --b;
      p = newline ? newline + 1 : end;
      if (a == b) continue;
      context_.set_line(line);
      simdjson::dom::element record;
      const auto error = parser_.parse(a, b - a, false).get(record);
      if (error) {
        ++context_.dataset().report.records;
        if (!newline || (p >= end)) {
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
      const auto done = static_cast<std::uint64_t>(p - begin);
      if (done >= next_progress) {
        Progress(done, static_cast<std::uint64_t>(end - begin));
        next_progress = done + (8u << 20);
      }
    }
  }

  // A top-level array of records: elements are found with the on-demand parser (which knows
  // where each one starts, for line numbers) and each parsed into a DOM on its own.
  void Array(std::string& content, const char* start) {
    const char* const begin = content.data();
    simdjson::ondemand::parser walker;
    simdjson::padded_string_view view(content.data(), content.size(), content.capacity());
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
      Progress(static_cast<std::uint64_t>(raw.data() + raw.size() - begin), content.size());
    }
  }

  void Document(std::string& content, const char* start) {
    simdjson::dom::element record;
    const auto error = parser_.parse(content.data(), content.size(), false).get(record);
    context_.set_line(LineAt(content.data(), start));
    if (error) {
      Invalid(content.data(), start,
              std::string("not valid JSON (") + simdjson::error_message(error) +
                  "): neither one JSON document nor one JSON value per line");
      return;
    }
    Dispatch(record);
  }

  void Invalid(const char* begin, const char* at, const std::string& message) {
    ++context_.dataset().report.records;
    context_.set_line(LineAt(begin, at));
    context_.Problem("invalid JSON", message);
  }

  RecordContext context_;
  const LoadOptions& options_;
  simdjson::dom::parser parser_;
  bool format_checked_ = false;
};

}  // namespace

InputFormat ParseInputFormat(std::string_view text) {
  const std::string lower = AsciiLower(text);
  if (lower == "auto") return InputFormat::kAuto;
  if (lower == "v1" || lower == "v1.1" || lower == "twitter-v1" || lower == "twitter-v1.1") {
    return InputFormat::kTwitterV1;
  }
  throw UsageError("unknown --format '" + std::string(text) + "'; expected auto or twitter-v1");
}

void LoadContent(const std::string& name, std::string content, Dataset& dataset,
                 const LoadOptions& options) {
  content.reserve(content.size() + kInputPadding);
  ++dataset.report.files;
  Framer(name, dataset, options).Load(content);
}

void LoadFile(const std::string& path, Dataset& dataset, const LoadOptions& options) {
  std::string content = ReadInputFile(path);
  ++dataset.report.files;
  Framer(path, dataset, options).Load(content);
}

}  // namespace agencynet
