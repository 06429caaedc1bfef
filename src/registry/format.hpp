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
#include "model/article.hpp"

namespace wirekit {

struct ReadOptions {
    std::string source;                      // the input's display name, for diagnostics
    std::optional<DateTime> reference_date;  // for dates without a year: --date, else the file's mtime
    std::string language;                    // --lang: the language when the source does not say
    Diagnostics* diag = nullptr;             // never null when a reader runs
};

struct WriteOptions {
    int wrap = 0;                 // hard-wrap width for text formats; 0 = no wrapping
    Diagnostics* diag = nullptr;  // never null when a writer runs
};

using ReadFn = Document (*)(std::string_view bytes, const ReadOptions& options);
using WriteFn = std::string (*)(const Document& doc, const WriteOptions& options);
// How sure the format is that PREFIX (the input's first bytes, BOM and leading
// whitespace removed) is its own: 0 = not at all, 100 = certain.
using SniffFn = int (*)(std::string_view prefix);

struct FormatInfo {
    std::string_view id;
    std::vector<std::string_view> aliases;
    std::vector<std::string_view> suffixes;  // with the dot, e.g. ".txt"
    std::vector<std::string_view> media_types;
    std::string_view description;
    SniffFn sniff = nullptr;
    ReadFn read = nullptr;    // null when the format cannot be read
    WriteFn write = nullptr;  // null when the format cannot be written
};

// Every format, in the order `wirekit formats` lists them.
std::span<const FormatInfo> all_formats();

}  // namespace wirekit
