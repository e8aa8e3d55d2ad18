// What a post's text does, for the strategy scorecard (Mergel's pull strategy: posts that ask,
// call to action, or send people somewhere): worked out by the loaders while the text is at hand,
// so posts keep one byte of flags instead of their text.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace agencynet {

enum PostTextFlag : std::uint8_t {
  kAsksQuestion = 1,  ///< a question mark ('?' or the full-width '？')
  kCallToAction = 2,  ///< one of kCallToActionPhrases, as whole words, any case
  kHasLink = 4,       ///< a link (the loader's link entities, or http:// or https:// in the text)
};

/// The calls to action the scorecard recognises, lower case. A phrase matches when it stands as
/// whole words: "apply" in "Apply today" and "apply." but not in "applying" or "reapply".
std::span<const std::string_view> CallToActionPhrases();

/// The flags of a post's plain text (kHasLink from links written out in it).
std::uint8_t ClassifyPostText(std::string_view text);

/// Plain text of Mastodon's HTML content: tags dropped, <br> and </p> as line breaks, the five
/// XML entities and numeric character references decoded.
std::string PlainTextOfHtml(std::string_view html);

}  // namespace agencynet
