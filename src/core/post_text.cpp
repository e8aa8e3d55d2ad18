#include "core/post_text.hpp"

#include <array>
#include <cstdlib>
#include <string>
#include <vector>

namespace agencynet {

namespace {

// Phrases of asking for action that agencies use; documented in the README.
constexpr std::array<std::string_view, 40> kPhrases = {
    "tell us",         "let us know",     "share your", "share with us", "apply",      "register",
    "sign up",         "signup",          "comment",    "join us",       "rsvp",       "submit",
    "take our survey", "take the survey", "fill out",   "learn more",    "find out",   "read more",
    "click",           "visit",           "download",   "subscribe",     "enroll",     "volunteer",
    "donate",          "nominate",        "vote",       "call us",       "contact us", "email us",
    "dm us",           "send us",         "ask us",     "get involved",  "watch live", "tune in",
    "attend",          "follow us",       "reply",      "check out"};

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Whether `phrase` (lower case) stands in `text` at `at` as whole words, any case.
bool PhraseAt(std::string_view text, std::size_t at, std::string_view phrase) {
  if (at + phrase.size() > text.size()) return false;
  for (std::size_t j = 0; j < phrase.size(); ++j) {
    if (Lower(text[at + j]) != phrase[j]) return false;
  }
  const std::size_t end = at + phrase.size();
  return end == text.size() || !IsWordByte(static_cast<unsigned char>(text[end]));
}

// Whether any call-to-action phrase stands in `text` as whole words: one pass over the word
// starts, trying only the phrases that begin with the word's first letter (this runs on every
// post while loading).
bool HasCallToAction(std::string_view text) {
  static const auto by_letter = [] {
    std::array<std::vector<std::string_view>, 26> index;
    for (const std::string_view phrase : kPhrases) index[phrase[0] - 'a'].push_back(phrase);
    return index;
  }();
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = Lower(text[i]);
    if (c < 'a' || c > 'z') continue;
    if (i > 0 && IsWordByte(static_cast<unsigned char>(text[i - 1]))) continue;
    for (const std::string_view phrase : by_letter[c - 'a']) {
      if (PhraseAt(text, i, phrase)) return true;
    }
  }
  return false;
}

void AppendUtf8(std::string& out, unsigned long code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x110000) {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

}  // namespace

std::span<const std::string_view> CallToActionPhrases() { return kPhrases; }

std::uint8_t ClassifyPostText(std::string_view text) {
  std::uint8_t flags = 0;
  if (text.find('?') != std::string_view::npos ||
      text.find("\xEF\xBC\x9F") != std::string_view::npos) {
    flags |= kAsksQuestion;
  }
  if (HasCallToAction(text)) flags |= kCallToAction;
  if (text.find("http://") != std::string_view::npos ||
      text.find("https://") != std::string_view::npos) {
    flags |= kHasLink;
  }
  return flags;
}

std::string PlainTextOfHtml(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  for (std::size_t i = 0; i < html.size();) {
    const char c = html[i];
    if (c == '<') {
      const std::size_t close = html.find('>', i);
      if (close == std::string_view::npos) break;
      const std::string_view tag = html.substr(i + 1, close - i - 1);
      if (tag.rfind("br", 0) == 0 || tag == "/p") out += '\n';
      i = close + 1;
    } else if (c == '&') {
      const std::size_t semi = html.find(';', i);
      const std::string_view entity =
          semi == std::string_view::npos ? std::string_view() : html.substr(i + 1, semi - i - 1);
      if (entity == "amp") {
        out += '&';
      } else if (entity == "lt") {
        out += '<';
      } else if (entity == "gt") {
        out += '>';
      } else if (entity == "quot") {
        out += '"';
      } else if (entity == "apos") {
        out += '\'';
      } else if (entity.size() > 1 && entity[0] == '#') {
        const bool hex = entity[1] == 'x' || entity[1] == 'X';
        const std::string digits(entity.substr(hex ? 2 : 1));
        char* end = nullptr;
        const unsigned long code = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
        if (!digits.empty() && *end == '\0') {
          AppendUtf8(out, code);
        } else {
          out += '&';
          ++i;
          continue;
        }
      } else {
        out += '&';
        ++i;
        continue;
      }
      i = semi + 1;
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

}  // namespace agencynet
