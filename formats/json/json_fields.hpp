#pragma once
// The JSON key of every model field, listed once per struct in model order.
// The writer walks these lists to emit members in that order, the reader to
// find them, so the two cannot disagree. Adding a field to the model means
// adding one line here (and to wirekit.schema.json and the README).
//
// for_each_field(object, visit) calls visit(key, member) for each field; it
// works on const and non-const objects alike.
#include <concepts>
#include <string_view>
#include <type_traits>

#include "model/article.hpp"

namespace wirekit::json_fields {

// The top level of a `json` document: {"wirekit": 1, "feed": {...}, "articles": [...]}.
// The version changes only when a reader of version N could misread the new
// shape; new optional fields do not change it.
inline constexpr int document_version = 1;
inline constexpr std::string_view version_key = "wirekit";
inline constexpr std::string_view feed_key = "feed";
inline constexpr std::string_view articles_key = "articles";

template <class T, class Model>
concept is = std::same_as<std::remove_const_t<T>, Model>;

template <is<Extension> T, class Visit>
void for_each_field(T& e, Visit&& visit) {
    visit("format", e.format);
    visit("key", e.key);
    visit("value", e.value);
}

template <is<Inline> T, class Visit>
void for_each_field(T& i, Visit&& visit) {
    visit("kind", i.kind);
    visit("text", i.text);
    visit("href", i.href);
    visit("children", i.children);
}

template <is<Block> T, class Visit>
void for_each_field(T& b, Visit&& visit) {
    visit("kind", b.kind);
    visit("level", b.level);
    visit("ordered", b.ordered);
    visit("inlines", b.inlines);
    visit("children", b.children);
    visit("header", b.header);
}

template <is<PlaceRef> T, class Visit>
void for_each_field(T& p, Visit&& visit) {
    visit("name", p.name);
    visit("code", p.code);
    visit("type", p.type);
}

template <is<Located> T, class Visit>
void for_each_field(T& l, Visit&& visit) {
    visit("name", l.name);
    visit("code", l.code);
    visit("broader", l.broader);
}

template <is<Dateline> T, class Visit>
void for_each_field(T& d, Visit&& visit) {
    visit("text", d.text);
    visit("place", d.place);
    visit("region", d.region);
    visit("date", d.date);
    visit("credit", d.credit);
}

template <is<Person> T, class Visit>
void for_each_field(T& p, Visit&& visit) {
    visit("name", p.name);
    visit("role", p.role);
    visit("uri", p.uri);
    visit("email", p.email);
}

template <is<Copyright> T, class Visit>
void for_each_field(T& c, Visit&& visit) {
    visit("holder", c.holder);
    visit("notice", c.notice);
    visit("usage_terms", c.usage_terms);
}

template <is<Concept> T, class Visit>
void for_each_field(T& c, Visit&& visit) {
    visit("scheme", c.scheme);
    visit("code", c.code);
    visit("uri", c.uri);
    visit("name", c.name);
    visit("kind", c.kind);
    visit("relevance", c.relevance);
}

template <is<Rendition> T, class Visit>
void for_each_field(T& r, Visit&& visit) {
    visit("name", r.name);
    visit("href", r.href);
    visit("mime_type", r.mime_type);
    visit("width", r.width);
    visit("height", r.height);
    visit("bytes", r.bytes);
    visit("duration", r.duration);
}

template <is<Media> T, class Visit>
void for_each_field(T& m, Visit&& visit) {
    visit("url", m.url);
    visit("mime_type", m.mime_type);
    visit("role", m.role);
    visit("width", m.width);
    visit("height", m.height);
    visit("bytes", m.bytes);
    visit("duration", m.duration);
    visit("caption", m.caption);
    visit("credit", m.credit);
    visit("alt_text", m.alt_text);
    visit("id", m.id);
    visit("type", m.type);
    visit("title", m.title);
    visit("by", m.by);
    visit("copyright", m.copyright);
    visit("rendition", m.rendition);
    visit("renditions", m.renditions);
}

template <is<Link> T, class Visit>
void for_each_field(T& l, Visit&& visit) {
    visit("rel", l.rel);
    visit("href", l.href);
    visit("type", l.type);
    visit("title", l.title);
    visit("hreflang", l.hreflang);
    visit("length", l.length);
}

template <is<Article> T, class Visit>
void for_each_field(T& a, Visit&& visit) {
    visit("id", a.id);
    visit("version", a.version);
    visit("take_key", a.take_key);
    visit("type", a.type);
    visit("url", a.url);
    visit("headline", a.headline);
    visit("subheadline", a.subheadline);
    visit("slugline", a.slugline);
    visit("summary", a.summary);
    visit("byline", a.byline);
    visit("body", a.body);
    visit("trailer", a.trailer);
    visit("dateline", a.dateline);
    visit("located", a.located);
    visit("creditline", a.creditline);
    visit("provider", a.provider);
    visit("sources", a.sources);
    visit("authors", a.authors);
    visit("copyright", a.copyright);
    visit("first_created", a.first_created);
    visit("version_created", a.version_created);
    visit("content_created", a.content_created);
    visit("published", a.published);
    visit("updated", a.updated);
    visit("embargoed", a.embargoed);
    visit("language", a.language);
    visit("urgency", a.urgency);
    visit("priority", a.priority);
    visit("pub_status", a.pub_status);
    visit("signals", a.signals);
    visit("editor_note", a.editor_note);
    visit("genres", a.genres);
    visit("subjects", a.subjects);
    visit("keywords", a.keywords);
    visit("media", a.media);
    visit("links", a.links);
    visit("extensions", a.extensions);
}

template <is<FeedImage> T, class Visit>
void for_each_field(T& i, Visit&& visit) {
    visit("url", i.url);
    visit("title", i.title);
    visit("link", i.link);
}

template <is<FeedInfo> T, class Visit>
void for_each_field(T& f, Visit&& visit) {
    visit("title", f.title);
    visit("subtitle", f.subtitle);
    visit("description", f.description);
    visit("link", f.link);
    visit("self_url", f.self_url);
    visit("id", f.id);
    visit("language", f.language);
    visit("published", f.published);
    visit("updated", f.updated);
    visit("created", f.created);
    visit("rights", f.rights);
    visit("image", f.image);
    visit("authors", f.authors);
    visit("categories", f.categories);
    visit("generator", f.generator);
    visit("generator_version", f.generator_version);
    visit("generator_uri", f.generator_uri);
    visit("explicit", f.explicit_content);
    visit("ttl", f.ttl);
    visit("hub_url", f.hub_url);
    visit("extensions", f.extensions);
}

// The JSON names of the body tree's kinds: the enumerators' own names.
constexpr std::string_view kind_name(Block::Kind kind) {
    switch (kind) {
    case Block::Kind::paragraph: return "paragraph";
    case Block::Kind::heading: return "heading";
    case Block::Kind::quote: return "quote";
    case Block::Kind::list: return "list";
    case Block::Kind::list_item: return "list_item";
    case Block::Kind::preformatted: return "preformatted";
    case Block::Kind::rule: return "rule";
    case Block::Kind::table: return "table";
    case Block::Kind::table_row: return "table_row";
    case Block::Kind::table_cell: return "table_cell";
    }
    return "paragraph";
}

constexpr std::string_view kind_name(Inline::Kind kind) {
    switch (kind) {
    case Inline::Kind::text: return "text";
    case Inline::Kind::emphasis: return "emphasis";
    case Inline::Kind::strong: return "strong";
    case Inline::Kind::link: return "link";
    case Inline::Kind::line_break: return "line_break";
    }
    return "text";
}

inline constexpr Block::Kind all_block_kinds[] = {Block::Kind::paragraph, Block::Kind::heading,   Block::Kind::quote,
                                                   Block::Kind::list,      Block::Kind::list_item, Block::Kind::preformatted,
                                                   Block::Kind::rule,      Block::Kind::table,     Block::Kind::table_row,
                                                   Block::Kind::table_cell};
inline constexpr Inline::Kind all_inline_kinds[] = {Inline::Kind::text, Inline::Kind::emphasis, Inline::Kind::strong,
                                                     Inline::Kind::link, Inline::Kind::line_break};

}  // namespace wirekit::json_fields
