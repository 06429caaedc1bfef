#include "report/lossy.hpp"

#include <algorithm>

namespace wirekit {

namespace {

template <typename T>
bool filled(const T& v) {
    if constexpr (requires { v.empty(); }) return !v.empty();
    else if constexpr (requires { v.has_value(); }) return v.has_value();
    else return v != T{};
}

}  // namespace

std::vector<std::string_view> filled_fields(const Article& a) {
    std::vector<std::string_view> out;
    auto check = [&](std::string_view name, const auto& value) {
        if (filled(value)) out.push_back(name);
    };
    check("id", a.id);
    check("version", a.version);
    check("take_key", a.take_key);
    check("type", a.type);
    check("url", a.url);
    check("headline", a.headline);
    check("subheadline", a.subheadline);
    check("slugline", a.slugline);
    check("summary", a.summary);
    check("byline", a.byline);
    check("body", a.body);
    check("trailer", a.trailer);
    check("dateline", a.dateline);
    check("located", a.located);
    check("creditline", a.creditline);
    check("provider", a.provider);
    check("sources", a.sources);
    check("authors", a.authors);
    check("copyright", a.copyright);
    check("first_created", a.first_created);
    check("version_created", a.version_created);
    check("content_created", a.content_created);
    check("published", a.published);
    check("updated", a.updated);
    check("embargoed", a.embargoed);
    check("language", a.language);
    check("urgency", a.urgency);
    check("priority", a.priority);
    check("pub_status", a.pub_status);
    check("signals", a.signals);
    check("editor_note", a.editor_note);
    check("genres", a.genres);
    check("subjects", a.subjects);
    check("keywords", a.keywords);
    check("media", a.media);
    check("links", a.links);
    check("extensions", a.extensions);
    return out;
}

void note_dropped_fields(const Document& doc, std::string_view format, const std::vector<std::string_view>& kept,
                         Diagnostics& diag) {
    std::vector<std::string_view> dropped;
    for (const auto& a : doc.articles)
        for (auto f : filled_fields(a))
            if (std::find(kept.begin(), kept.end(), f) == kept.end() && std::find(dropped.begin(), dropped.end(), f) == dropped.end())
                dropped.push_back(f);
    if (dropped.empty()) return;
    std::string list;
    for (auto f : dropped) list += (list.empty() ? "" : ", ") + std::string(f);
    diag.note({}, std::string(format) + " cannot carry, dropped: " + list);
}

void note_derived_values(Diagnostics& diag, std::string_view format, std::string_view whose,
                         std::initializer_list<std::pair<std::string_view, bool>> values) {
    std::string list;
    for (const auto& [name, derived] : values)
        if (derived) list += (list.empty() ? "" : ", ") + std::string(name);
    if (!list.empty())
        diag.note({}, std::string(format) + ": " + std::string(whose) + " " + list + " derived (" + std::string(format) +
                          " requires them; the source has none)");
}

}  // namespace wirekit
