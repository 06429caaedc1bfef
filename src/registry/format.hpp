#pragma once
// What the rest of the program knows about a format: its names, how to
// recognise it, and its reader and writer. formats/all_formats.cpp is the one
// table of them.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/validation.hpp"
#include "model/article.hpp"

namespace wirekit {

struct ReadOptions {
    std::string source;                      // the input's display name, for diagnostics
    std::optional<DateTime> reference_date;  // for dates without a year: --date, SOURCE_DATE_EPOCH, else the file's mtime
    std::string language;                    // --lang: the language when the source does not say
    std::string base_url;                    // for relative links: the URL the input came from, when known
    std::string charset;                     // a charset declared outside the bytes (HTTP Content-Type), when known
    bool strict = false;                     // --strict: every recovery from broken input is an error (65)
    Diagnostics* diag = nullptr;             // never null when a reader runs
};

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
};

// A variant of a format's output chosen with -t FORMAT+NAME, e.g. newsml+nitf.
struct FormatVariant {
    std::string_view name;
    std::string_view description;
};

using ReadFn = Document (*)(std::string_view bytes, const ReadOptions& options);
using WriteFn = std::string (*)(const Document& doc, const WriteOptions& options);
// How sure the format is that PREFIX (the input's first bytes, BOM and leading
// whitespace removed) is its own: 0 = not at all, 100 = certain.
using SniffFn = int (*)(std::string_view prefix);
// `wirekit validate`: checks BYTES against the format's own rules (no schema
// files) and adds every problem to FINDINGS; OPTIONS as for reading.
using ValidateFn = void (*)(std::string_view bytes, const ReadOptions& options, Findings& findings);

struct FormatInfo {
    std::string_view id;
    std::vector<std::string_view> aliases;
    std::vector<std::string_view> suffixes;  // with the dot, e.g. ".txt"
    std::vector<std::string_view> media_types;
    std::string_view description;
    SniffFn sniff = nullptr;
    ReadFn read = nullptr;    // null when the format cannot be read
    WriteFn write = nullptr;  // null when the format cannot be written
    std::vector<FormatVariant> variants = {};
    ValidateFn validate = nullptr;  // null when the format has no rules to check
};

// Every format, in the order `wirekit formats` lists them.
std::span<const FormatInfo> all_formats();

}  // namespace wirekit
