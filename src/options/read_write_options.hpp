#pragma once
// What a reader and a writer are given besides the bytes or the document:
// the options of one conversion. Below the registry, so that the shared
// parsers (XML, JSON, feed dates) take them without knowing about formats.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/datetime.hpp"
#include "report/diagnostics.hpp"

namespace wirekit {

struct ReadOptions {
    std::string source;                      // the input's display name, for diagnostics
    std::optional<DateTime> reference_date;  // for dates without a year: --date, SOURCE_DATE_EPOCH, else the file's mtime
    std::string language;                    // --lang: the language when the source does not say
    std::string base_url;                    // for relative links: the URL the input came from, when known
    std::string charset;                     // a charset declared outside the bytes (HTTP Content-Type), when known
    bool strict = false;                     // --strict: every recovery from broken input is an error (65)
    bool repair_encoding = true;             // off with --no-repair-encoding: double-encoded UTF-8 stays as it is
    unsigned threads = 1;                    // -j: how many items a reader that reads in parts reads at a time
    Diagnostics* diag = nullptr;             // never null when a reader runs
};

// The output variant (-t FORMAT+roundtrip) that adds wirekit's own markers
// (wk: elements and attributes, escaped extension blobs) so that reading the
// output back gives the same model. Without it writers speak the target
// format only.
inline constexpr std::string_view round_trip_variant = "roundtrip";

struct WriteOptions {
    int wrap = 0;                  // hard-wrap width for text formats; 0 = no wrapping
    std::vector<std::string> variants;  // from -t FORMAT+VARIANT+...; each one listed in the format's `variants`
    // The time a format must state when the source has none (a feed's
    // lastBuildDate, a message's sent): --now, else SOURCE_DATE_EPOCH, else the clock.
    std::optional<DateTime> now;
    Diagnostics* diag = nullptr;  // never null when a writer runs

    bool has_variant(std::string_view name) const {
        for (const auto& v : variants)
            if (v == name) return true;
        return false;
    }
    bool round_trip() const { return has_variant(round_trip_variant); }
};

}  // namespace wirekit
