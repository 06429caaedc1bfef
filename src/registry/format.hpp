#pragma once
// What the rest of the program knows about a format: its names, how to
// recognise it, and its reader and writer. formats/all_formats.cpp is the one
// table of them.
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.hpp"
#include "options/read_write_options.hpp"
#include "registry/article_sink.hpp"
#include "report/validation.hpp"

namespace wirekit {

// A variant of a format's output chosen with -t FORMAT+NAME, e.g. newsml+nitf.
struct FormatVariant {
    std::string_view name;
    std::string_view description;
};

// +roundtrip, which every writer that has markers of wirekit's own offers.
inline constexpr FormatVariant round_trip_format_variant{
    round_trip_variant, "with wirekit's own markers (wk:), so that reading it back gives the same model"};

using ReadFn = Document (*)(std::string_view bytes, const ReadOptions& options);
using WriteFn = std::string (*)(const Document& doc, const WriteOptions& options);
// How sure the format is that PREFIX (the input's first bytes, BOM and leading
// whitespace removed) is its own: 0 = not at all, 100 = certain.
using SniffFn = int (*)(std::string_view prefix);
// Which signature made the sniff fire, for `wirekit detect` (formats with
// several signatures, such as the wire framings).
using SniffRuleFn = std::string_view (*)(std::string_view prefix);
// `wirekit validate`: checks BYTES against the format's own rules (no schema
// files) and adds every problem to FINDINGS; OPTIONS as for reading.
using ValidateFn = void (*)(std::string_view bytes, const ReadOptions& options, Findings& findings);

// Reads BYTES as ReadFn does, but hands each article to SINK as soon as it is
// read, so that only the articles being read are held (one, or a bounded
// window of them with ReadOptions::threads above one).
using ReadEachFn = void (*)(std::string_view bytes, const ReadOptions& options, ArticleSink& sink);

// Writes a document article by article, for formats with one record per line:
// the bytes of each article are the line(s) WriteFn gives it within the whole
// document, and diagnostics are those WriteFn gives, in the same order.
class StreamingWriter {
public:
    virtual ~StreamingWriter() = default;
    // Once, before the first article.
    virtual void feed(const FeedInfo& feed) = 0;
    // Appends the bytes of ARTICLE to OUT.
    virtual void article(const Article& article, std::string& out) = 0;
    // On any thread, other threads calling it at the same time: the bytes
    // article() would give ARTICLE, when they need nothing from the articles
    // before it and the writer has nothing to tell of it; nullopt (the
    // default) when article() must write it in its turn.
    virtual std::optional<std::string> prepare(const Article& article) const {
        (void)article;
        return std::nullopt;
    }
    // In an article's turn, in place of article(): appends BYTES, which
    // prepare() gave for it, to OUT.
    virtual void prepared(std::string_view bytes, std::string& out) { out += bytes; }
    // After the last article.
    virtual void finish() = 0;
};
using StreamingWriterFn = std::unique_ptr<StreamingWriter> (*)(const WriteOptions& options);

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
    ReadEachFn read_each = nullptr;  // null when the reader can only read the whole document
    StreamingWriterFn streaming_writer = nullptr;  // null when the writer needs the whole document
    SniffRuleFn sniff_rule = nullptr;  // null when the score says enough
};

// Whether FORMAT offers the output variant NAME (ASCII case ignored).
bool offers_variant(const FormatInfo& format, std::string_view name);

// Every format, in the order `wirekit formats` lists them.
std::span<const FormatInfo> all_formats();

}  // namespace wirekit
