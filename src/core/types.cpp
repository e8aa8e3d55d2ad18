#include "core/types.hpp"

#include <array>

namespace agencynet {

namespace {
constexpr std::array<std::string_view, kPlatformCount> kPlatformNames = {"twitter", "mastodon",
                                                                         "bluesky"};
constexpr std::array<std::string_view, kEdgeKindCount> kEdgeKindNames = {
    "mention", "retweet", "reply", "quote", "follow"};
}  // namespace

std::string_view ToString(Platform platform) { return kPlatformNames[static_cast<int>(platform)]; }

std::string_view ToString(EdgeKind kind) { return kEdgeKindNames[static_cast<int>(kind)]; }

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::optional<Platform> ParsePlatform(std::string_view text) {
  const std::string lower = AsciiLower(text);
  for (int i = 0; i < kPlatformCount; ++i) {
    if (lower == kPlatformNames[i]) return static_cast<Platform>(i);
  }
  return std::nullopt;
}

std::optional<EdgeKind> ParseEdgeKind(std::string_view text) {
  std::string lower = AsciiLower(text);
  if (lower.size() > 3 && lower.ends_with("ies")) {
    lower.replace(lower.size() - 3, 3, "y");  // replies
  } else if (lower.size() > 1 && lower.back() == 's') {
    lower.pop_back();  // mentions, retweets
  }
  if (lower == "repost" || lower == "reblog") return EdgeKind::kRetweet;
  for (int i = 0; i < kEdgeKindCount; ++i) {
    if (lower == kEdgeKindNames[i]) return static_cast<EdgeKind>(i);
  }
  return std::nullopt;
}

// Days from 1970-01-01 to a civil date (Howard Hinnant's days_from_civil algorithm).
Timestamp MakeUtcTime(int year, int month, int day, int hour, int minute, int second) {
  const int y = year - (month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int mp = (month + 9) % 12;
  const int doy = (153 * mp + 2) / 5 + day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  const std::int64_t days = static_cast<std::int64_t>(era) * 146097 + doe - 719468;
  return days * 86400 + hour * 3600 + minute * 60 + second;
}

Timestamp ParseIsoTime(std::string_view text) {
  auto digits = [&](std::size_t pos, std::size_t count, int& out) {
    if (pos + count > text.size()) return false;
    out = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      out = out * 10 + (text[i] - '0');
    }
    return true;
  };
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!digits(0, 4, year) || text.size() < 19 || text[4] != '-' || !digits(5, 2, month) ||
      text[7] != '-' || !digits(8, 2, day) || (text[10] != 'T' && text[10] != ' ') ||
      !digits(11, 2, hour) || text[13] != ':' || !digits(14, 2, minute) || text[16] != ':' ||
      !digits(17, 2, second) || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 ||
      minute > 59 || second > 60) {
    return kNoTime;
  }
  std::size_t pos = 19;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
  }
  int offset = 0;
  if (pos < text.size()) {
    const char sign = text[pos];
    int oh = 0, om = 0;
    if (sign == 'Z' && pos + 1 == text.size()) {
      offset = 0;
    } else if ((sign == '+' || sign == '-') && digits(pos + 1, 2, oh) &&
               ((pos + 6 == text.size() && text[pos + 3] == ':' && digits(pos + 4, 2, om)) ||
                (pos + 5 == text.size() && digits(pos + 3, 2, om)))) {
      offset = (oh * 3600 + om * 60) * (sign == '-' ? -1 : 1);
    } else {
      return kNoTime;
    }
  }
  return MakeUtcTime(year, month, day, hour, minute, second) - offset;
}

std::string FormatIsoTime(Timestamp time) {
  if (time == kNoTime) return {};
  std::int64_t days = time / 86400;
  std::int64_t secs = time % 86400;
  if (secs < 0) {
    secs += 86400;
    days -= 1;
  }
  // civil_from_days, the inverse of MakeUtcTime's day count.
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  // Written by hand: this runs for every edge of edges.csv and the GEXF.
  char buf[32];
  char* p = buf;
  auto put = [&p](std::int64_t value, int width) {
    for (int i = width - 1; i >= 0; --i) {
      p[i] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
    p += width;
  };
  if (y < 0 || y > 9999) return std::to_string(time);  // outside ISO 8601's four-digit years
  put(y, 4);
  *p++ = '-';
  put(m, 2);
  *p++ = '-';
  put(d, 2);
  *p++ = 'T';
  put(secs / 3600, 2);
  *p++ = ':';
  put(secs / 60 % 60, 2);
  *p++ = ':';
  put(secs % 60, 2);
  *p++ = 'Z';
  return std::string(buf, p);
}
}  // namespace agencynet
