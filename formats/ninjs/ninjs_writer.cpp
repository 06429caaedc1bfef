#include "ninjs/ninjs_writer.hpp"

#include <algorithm>

#include "model/extension.hpp"
#include "ninjs/ninjs_extras.hpp"
#include "ninjs/ninjs_write.hpp"
#include "report/lossy.hpp"

namespace wirekit {

namespace {

// The model fields ninjs has a property for (README.md has the mapping).
const std::vector<std::string_view> kept_fields = {
    "id",       "version",   "type",          "headline",        "subheadline",     "slugline",
    "summary",  "byline",    "body",          "located",         "provider",        "sources",
    "authors",  "copyright", "first_created", "version_created", "content_created", "embargoed",
    "language", "urgency",   "pub_status",    "editor_note",     "genres",          "subjects",
    "media"};

bool has_foreign_extension(const Article& a) {
    return std::any_of(a.extensions.begin(), a.extensions.end(),
                       [](const Extension& e) { return e.format != ninjs_format_id; });
}

// published and updated stand in for firstcreated and versioncreated when
// those are missing; otherwise ninjs has no place for them.
bool drops_published(const Article& a) {
    return a.published && ninjs_first_created(a) != a.published && ninjs_version_created(a) != a.published;
}
bool drops_updated(const Article& a) { return a.updated && ninjs_version_created(a) != a.updated; }

void note_losses(const Document& doc, NinjsWriteContext& context, std::string_view name, Diagnostics& diag) {
    std::vector<std::string_view> kept = kept_fields;
    if (std::none_of(doc.articles.begin(), doc.articles.end(), drops_published)) kept.push_back("published");
    if (std::none_of(doc.articles.begin(), doc.articles.end(), drops_updated)) kept.push_back("updated");
    if (std::none_of(doc.articles.begin(), doc.articles.end(), has_foreign_extension)) kept.push_back("extensions");
    note_dropped_fields(doc, name, kept, diag);
    if (!(doc.feed == FeedInfo{}))
        diag.note({}, std::string(name) + " has no place for feed information (title, links, ...); left out");
    for (auto& message : context.notes) diag.note({}, std::string(name) + ": " + message);
}

}  // namespace

std::string write_ninjs(const Document& doc, const WriteOptions& options) {
    NinjsWriteContext context;
    context.version = options.has_variant("3.1") ? NinjsVersion::v3 : NinjsVersion::v2;
    const bool lines = options.has_variant("lines");
    std::string out;
    JsonEmitter json(out, lines ? JsonEmitter::Style::compact : JsonEmitter::Style::pretty);
    if (lines) {
        for (const auto& article : doc.articles) {
            emit_ninjs_article(json, article, context);
            out += '\n';
        }
    } else {
        // One article is one ninjs document; several (or none) an array of them.
        bool single = doc.articles.size() == 1;
        if (!single) json.begin_array();
        for (const auto& article : doc.articles) emit_ninjs_article(json, article, context);
        if (!single) json.end_array();
        out += '\n';
    }
    if (options.diag) {
        note_losses(doc, context, context.version == NinjsVersion::v3 ? "ninjs 3.1" : "ninjs 2.2", *options.diag);
        if (json.replaced_sequences() > 0)
            options.diag->warning({}, std::to_string(json.replaced_sequences()) +
                                          " invalid UTF-8 sequence(s) in the text were written as U+FFFD");
    }
    return out;
}

}  // namespace wirekit
