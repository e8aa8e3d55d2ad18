#include "export/escape.hpp"

#include <gtest/gtest.h>

namespace agencynet {
namespace {

TEST(EscapeTest, CleanTextDropsWhatXmlForbidsAndRepairsUtf8) {
  EXPECT_EQ(CleanText(std::string("a\0b\x01"
                                  "c\td\ne",
                                  9)),
            "abc\td\ne");
  EXPECT_EQ(CleanText("caf\xC3\xA9 \xF0\x9F\x8F\x9B"),
            "caf\xC3\xA9 \xF0\x9F\x8F\x9B");  // café 🏛
  EXPECT_EQ(CleanText("bad \xC3 byte"), "bad \xEF\xBF\xBD byte");
  EXPECT_EQ(CleanText("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a lone surrogate
  EXPECT_EQ(CleanText("\xEF\xBF\xBF"), "");                                      // U+FFFF
  EXPECT_EQ(CleanText("\xE2\x80\x8F"
                      "rtl"),
            "\xE2\x80\x8F"
            "rtl");  // RLM is kept
}

TEST(EscapeTest, OneLineTextCollapsesWhitespace) {
  EXPECT_EQ(OneLineText("  a\n\tb   c \r\n"), "a b c");
}

TEST(EscapeTest, XmlEscapesMarkupAndWhitespace) {
  EXPECT_EQ(XmlEscape("<a href=\"x\">&'\n"), "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&#10;");
}

TEST(EscapeTest, DotQuoteEscapesQuotesBackslashesAndNewlines) {
  EXPECT_EQ(DotQuote("say \"hi\"\\n\nnext\r\nlast"), "\"say \\\"hi\\\"\\\\n\\nnext\\nlast\"");
  EXPECT_EQ(DotQuote(""), "\"\"");
}

TEST(EscapeTest, DotLabelAlsoEscapesAmpersands) {
  EXPECT_EQ(DotLabel("a &lt; b & \"c\""), "\"a &amp;lt; b &amp; \\\"c\\\"\"");
  EXPECT_EQ(DotLabel("plain"), DotQuote("plain"));
}

TEST(EscapeTest, ShortenCountsCodePoints) {
  EXPECT_EQ(Shorten("abc", 3), "abc");
  EXPECT_EQ(Shorten("abcd", 3), "ab\u2026");
  EXPECT_EQ(Shorten("\u00e9\u00e9\u00e9\u00e9", 3), "\u00e9\u00e9\u2026");  // two bytes each
  EXPECT_EQ(Shorten("", 3), "");
}

TEST(EscapeTest, CsvQuotesOnlyWhenNeeded) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"x\""), "\"say \"\"x\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvField(" padded"), "\" padded\"");
}

TEST(EscapeTest, JsonQuote) { EXPECT_EQ(JsonQuote("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\""); }

}  // namespace
}  // namespace agencynet
