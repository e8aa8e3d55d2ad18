// One escaping function per output format, and the text clean-up they all share.
#pragma once

#include <string>
#include <string_view>

namespace agencynet {

/// Valid UTF-8 with the characters XML 1.0 forbids dropped: invalid byte sequences become
/// U+FFFD, C0 controls other than tab, line feed and carriage return are removed, and so are
/// U+FFFE and U+FFFF. Everything else (emoji, right-to-left marks) is kept.
std::string CleanText(std::string_view text);

/// CleanText, then tabs and line breaks turned into spaces and runs of spaces collapsed and
/// trimmed: the form of a one-line label (GEXF labels are xsd:token).
std::string OneLineText(std::string_view text);

/// Text for an XML attribute value or element content: CleanText, then `&`, `<`, `>`, `"` and
/// `'` as entities and tab, line feed and carriage return as character references, so they
/// survive attribute-value normalisation.
std::string XmlEscape(std::string_view text);

/// A double-quoted DOT string (with the quotes): CleanText, then `"` and `\` escaped with a
/// backslash and line breaks written as `\n`, so Graphviz shows exactly the text.
std::string DotQuote(std::string_view text);

/// `text` cut to at most `max` code points, the last one an ellipsis when it was cut (labels in
/// pictures stay readable; the data files keep the whole text).
std::string Shorten(std::string_view text, std::size_t max);

/// DotQuote for a label or tooltip: also writes '&' as "&amp;", since Graphviz decodes HTML
/// entities in labels ("&lt;" would otherwise be drawn as "<").
std::string DotLabel(std::string_view text);

/// A CSV field (RFC 4180): quoted when it holds a comma, quote, line break or leading/trailing
/// space, with quotes doubled. Text is passed through CleanText.
std::string CsvField(std::string_view text);

/// A JSON string literal (with the quotes), escaping quotes, backslashes and control characters.
std::string JsonQuote(std::string_view text);

}  // namespace agencynet
