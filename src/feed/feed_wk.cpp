#include "feed/feed_wk.hpp"

#include <algorithm>
#include <charconv>

#include "feed/feed_xml.hpp"
#include "report/lossy.hpp"
#include "time/datetime.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit {

namespace {

struct TextField {
    std::string_view name;
    std::string Article::*article;
    std::string FeedInfo::*feed;
};

constexpr TextField text_fields[] = {
    {"id", &Article::id, &FeedInfo::id},
    {"language", &Article::language, &FeedInfo::language},
    {"headline", &Article::headline, nullptr},
    {"summary", &Article::summary, nullptr},
    {"url", &Article::url, nullptr},
    {"version", &Article::version, nullptr},
    {"take-key", &Article::take_key, nullptr},
    {"type", &Article::type, nullptr},
    {"subheadline", &Article::subheadline, nullptr},
    {"slugline", &Article::slugline, nullptr},
    {"byline", &Article::byline, nullptr},
    {"trailer", &Article::trailer, nullptr},
    {"creditline", &Article::creditline, nullptr},
    {"provider", &Article::provider, nullptr},
    {"pub-status", &Article::pub_status, nullptr},
    {"editor-note", &Article::editor_note, nullptr},
    {"title", nullptr, &FeedInfo::title},
    {"description", nullptr, &FeedInfo::description},
    {"link", nullptr, &FeedInfo::link},
    {"self-url", nullptr, &FeedInfo::self_url},
    {"rights", nullptr, &FeedInfo::rights},
    {"generator", nullptr, &FeedInfo::generator},
    {"generator-version", nullptr, &FeedInfo::generator_version},
    {"generator-uri", nullptr, &FeedInfo::generator_uri},
    {"subtitle", nullptr, &FeedInfo::subtitle},
    {"hub-url", nullptr, &FeedInfo::hub_url},
};

struct DateField {
    std::string_view name;
    std::optional<DateTime> Article::*article;
    std::optional<DateTime> FeedInfo::*feed;
};

constexpr DateField date_fields[] = {
    {"updated", &Article::updated, &FeedInfo::updated},
    {"published", &Article::published, &FeedInfo::published},
    {"created", nullptr, &FeedInfo::created},
    {"first-created", &Article::first_created, nullptr},
    {"version-created", &Article::version_created, nullptr},
    {"content-created", &Article::content_created, nullptr},
    {"embargoed", &Article::embargoed, nullptr},
};

struct NumberField {
    std::string_view name;
    std::optional<int> Article::*article;
    std::optional<int> FeedInfo::*feed;
};

constexpr NumberField number_fields[] = {
    {"urgency", &Article::urgency, nullptr},
    {"priority", &Article::priority, nullptr},
    {"ttl", nullptr, &FeedInfo::ttl},
};

struct StringsField {
    std::string_view list, item;
    std::vector<std::string> Article::*article;
    std::vector<std::string> FeedInfo::*feed;
};

constexpr StringsField strings_fields[] = {
    {"sources", "source", &Article::sources, nullptr},
    {"signals", "signal", &Article::signals, nullptr},
    {"keywords", "keyword", &Article::keywords, nullptr},
};

std::string qualified(std::string_view name) { return "wk:" + std::string(name); }

// The element's own text, untrimmed: wk values are exact.
std::string exact_text(pugi::xml_node element) {
    std::string out;
    for (pugi::xml_node c : element.children())
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
    return out;
}

std::string attribute_text(pugi::xml_node element, const char* name) { return element.attribute(name).value(); }

void set_attribute(pugi::xml_node element, const char* name, std::string_view value) {
    if (!value.empty()) element.append_attribute(name) = std::string(value).c_str();
}

template <class Number>
std::optional<Number> number_value(std::string_view text) {
    Number n = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return n;
}

std::vector<pugi::xml_node> items_of(pugi::xml_node list, std::string_view item) {
    std::vector<pugi::xml_node> items;
    for (pugi::xml_node c : list.children())
        if (c.type() == pugi::node_element && local_name(c.name()) == item && feed_namespace(c) == feed_ns::wk) items.push_back(c);
    return items;
}

bool is_given(const WkFields& fields, std::string_view name) {
    return std::find(fields.given.begin(), fields.given.end(), name) != fields.given.end();
}

}  // namespace

void WkWriter::text(std::string_view name, std::string_view value) {
    pugi::xml_node e = parent_.append_child(qualified(name).c_str());
    if (!value.empty()) e.text() = std::string(value).c_str();
}

void WkWriter::date(std::string_view name, const std::optional<DateTime>& value) {
    text(name, value ? format_rfc3339(*value) : std::string());
}

void WkWriter::number(std::string_view name, std::optional<int> value) {
    text(name, value ? std::to_string(*value) : std::string());
}

void WkWriter::strings(std::string_view list, std::string_view item, const std::vector<std::string>& values) {
    pugi::xml_node l = parent_.append_child(qualified(list).c_str());
    for (const std::string& v : values) {
        pugi::xml_node e = l.append_child(qualified(item).c_str());
        if (!v.empty()) e.text() = v.c_str();
    }
}

void WkWriter::people(const std::vector<Person>& people) {
    pugi::xml_node l = parent_.append_child("wk:authors");
    for (const Person& p : people) {
        pugi::xml_node e = l.append_child("wk:author");
        set_attribute(e, "name", p.name);
        set_attribute(e, "role", p.role);
        set_attribute(e, "uri", p.uri);
        set_attribute(e, "email", p.email);
    }
}

void WkWriter::concepts(std::string_view list, std::string_view item, const std::vector<Concept>& concepts) {
    pugi::xml_node l = parent_.append_child(qualified(list).c_str());
    for (const Concept& c : concepts) {
        pugi::xml_node e = l.append_child(qualified(item).c_str());
        set_attribute(e, "scheme", c.scheme);
        set_attribute(e, "code", c.code);
        set_attribute(e, "uri", c.uri);
        set_attribute(e, "name", c.name);
        set_attribute(e, "kind", c.kind);
        if (c.relevance) e.append_attribute("relevance") = std::to_string(*c.relevance).c_str();
    }
}

void WkWriter::links(const std::vector<Link>& links) {
    pugi::xml_node l = parent_.append_child("wk:links");
    for (const Link& link : links) {
        pugi::xml_node e = l.append_child("wk:link");
        set_attribute(e, "rel", link.rel);
        set_attribute(e, "href", link.href);
        set_attribute(e, "type", link.type);
        set_attribute(e, "title", link.title);
        set_attribute(e, "hreflang", link.hreflang);
        if (link.length) e.append_attribute("length") = std::to_string(*link.length).c_str();
    }
}

void WkWriter::dateline(const Dateline& d) {
    pugi::xml_node e = parent_.append_child("wk:dateline");
    set_attribute(e, "place", d.place);
    set_attribute(e, "region", d.region);
    if (d.date) e.append_attribute("date") = format_rfc3339(*d.date).c_str();
    set_attribute(e, "credit", d.credit);
    if (!d.text.empty()) e.text() = d.text.c_str();
}

void WkWriter::located(const Located& located) {
    pugi::xml_node e = parent_.append_child("wk:located");
    set_attribute(e, "name", located.name);
    set_attribute(e, "code", located.code);
    for (const PlaceRef& b : located.broader) {
        pugi::xml_node be = e.append_child("wk:broader");
        set_attribute(be, "name", b.name);
        set_attribute(be, "code", b.code);
        set_attribute(be, "type", b.type);
    }
}

void WkWriter::copyright(const Copyright& c) {
    pugi::xml_node e = parent_.append_child("wk:copyright");
    set_attribute(e, "holder", c.holder);
    set_attribute(e, "notice", c.notice);
    set_attribute(e, "usage-terms", c.usage_terms);
}

void WkWriter::image(const FeedImage& image) {
    pugi::xml_node e = parent_.append_child("wk:image");
    set_attribute(e, "url", image.url);
    set_attribute(e, "title", image.title);
    set_attribute(e, "link", image.link);
}

void WkWriter::extension(const Extension& x) {
    pugi::xml_node e = parent_.append_child("wk:extension");
    e.append_attribute("format") = x.format.c_str();
    e.append_attribute("key") = x.key.c_str();
    if (!x.value.empty()) e.text() = x.value.c_str();
}

void note_fields_without_element(const Document& doc, std::string_view format, const WriteOptions& options) {
    // What RSS and Atom elements (and Media RSS, Dublin Core) hold of an article.
    static const std::vector<std::string_view> kept = {"id",       "url",       "headline", "summary",  "body",
                                                       "authors",  "copyright", "published", "updated", "language",
                                                       "subjects", "keywords",  "media",    "links",    "extensions"};
    if (!options.round_trip()) note_dropped_fields(doc, std::string(format) + " (without +roundtrip)", kept, *options.diag);
}

namespace {

// Whether NS is one of FORMAT's own vocabularies: an element the reader of
// FORMAT kept is then that format's own data (an Atom link without href, a
// G2 property), not an extension another feed format can carry.
bool is_native_namespace(std::string_view format, std::string_view ns) {
    if (format == "atom") return ns == feed_ns::atom || ns == feed_ns::atom03;
    if (format == "rss") return ns == feed_ns::rss10 || ns == feed_ns::rss090 || ns == feed_ns::rdf;
    if (format == "newsml") return ns == feed_ns::newsml_g2;
    return false;
}

}  // namespace

bool write_foreign_extension(pugi::xml_node parent, WkWriter& wk, const Extension& x, std::string_view own_namespace) {
    if (wk.enabled()) {
        wk.extension(x);
        return true;
    }
    std::string_view key = x.key;
    std::size_t close = key.find('}');
    if (!key.starts_with('{') || close == std::string_view::npos || close == 1) return false;
    std::string_view ns = key.substr(1, close - 1);
    if (ns == own_namespace || ns == feed_ns::wk || is_native_namespace(x.format, ns)) return false;
    return append_fragment(parent, x.value, false);
}

void write_wk_article_extras(WkWriter& wk, const Article& a) {
    for (const auto& [name, value] : {std::pair{"version", &a.version}, {"take-key", &a.take_key}, {"type", &a.type}, {"subheadline", &a.subheadline},
                                      {"slugline", &a.slugline}, {"byline", &a.byline}, {"trailer", &a.trailer}})
        if (!value->empty()) wk.text(name, *value);
    if (a.dateline != Dateline{}) wk.dateline(a.dateline);
    if (!a.located.empty()) wk.located(a.located);
    if (!a.creditline.empty()) wk.text("creditline", a.creditline);
    if (!a.provider.empty()) wk.text("provider", a.provider);
    if (!a.sources.empty()) wk.strings("sources", "source", a.sources);
    for (const auto& [name, value] : {std::pair{"first-created", &a.first_created}, {"version-created", &a.version_created},
                                      {"content-created", &a.content_created}, {"embargoed", &a.embargoed}})
        if (*value) wk.date(name, *value);
    if (a.urgency) wk.number("urgency", a.urgency);
    if (a.priority) wk.number("priority", a.priority);
    if (!a.pub_status.empty()) wk.text("pub-status", a.pub_status);
    if (!a.signals.empty()) wk.strings("signals", "signal", a.signals);
    if (!a.editor_note.empty()) wk.text("editor-note", a.editor_note);
    if (!a.genres.empty()) wk.concepts("genres", "genre", a.genres);
    if (!a.copyright.holder.empty() || !a.copyright.usage_terms.empty()) wk.copyright(a.copyright);
}

bool read_wk(pugi::xml_node element, WkFields& fields, Extensions& extensions) {
    if (element.type() != pugi::node_element || feed_namespace(element) != feed_ns::wk) return false;
    std::string name(local_name(element.name()));
    Article& a = fields.article;
    FeedInfo& f = fields.feed;
    bool known = true;
    if (name == "extension") {
        extensions.push_back({attribute_text(element, "format"), attribute_text(element, "key"), exact_text(element)});
        return true;
    }
    if (auto t = std::find_if(std::begin(text_fields), std::end(text_fields), [&](const TextField& x) { return x.name == name; });
        t != std::end(text_fields)) {
        std::string value = exact_text(element);
        if (t->article) a.*(t->article) = value;
        if (t->feed) f.*(t->feed) = value;
    } else if (auto d = std::find_if(std::begin(date_fields), std::end(date_fields), [&](const DateField& x) { return x.name == name; });
               d != std::end(date_fields)) {
        auto value = parse_rfc3339(exact_text(element));
        if (d->article) a.*(d->article) = value;
        if (d->feed) f.*(d->feed) = value;
    } else if (auto n = std::find_if(std::begin(number_fields), std::end(number_fields), [&](const NumberField& x) { return x.name == name; });
               n != std::end(number_fields)) {
        auto value = number_value<int>(exact_text(element));
        if (n->article) a.*(n->article) = value;
        if (n->feed) f.*(n->feed) = value;
    } else if (auto s = std::find_if(std::begin(strings_fields), std::end(strings_fields), [&](const StringsField& x) { return x.list == name; });
               s != std::end(strings_fields)) {
        std::vector<std::string> values;
        for (pugi::xml_node item : items_of(element, s->item)) values.push_back(exact_text(item));
        if (s->article) a.*(s->article) = values;
        if (s->feed) f.*(s->feed) = values;
    } else if (name == "authors") {
        std::vector<Person> people;
        for (pugi::xml_node e : items_of(element, "author"))
            people.push_back({attribute_text(e, "name"), attribute_text(e, "role"), attribute_text(e, "uri"), attribute_text(e, "email")});
        a.authors = people;
        f.authors = people;
    } else if (name == "subjects" || name == "genres" || name == "categories") {
        std::vector<Concept>& concepts = name == "subjects" ? a.subjects : name == "genres" ? a.genres : f.categories;
        std::string_view item = name == "subjects" ? "subject" : name == "genres" ? "genre" : "category";
        for (pugi::xml_node e : items_of(element, item))
            concepts.push_back({attribute_text(e, "scheme"), attribute_text(e, "code"), attribute_text(e, "uri"), attribute_text(e, "name"),
                                attribute_text(e, "kind"), number_value<int>(attribute_text(e, "relevance"))});
    } else if (name == "links") {
        for (pugi::xml_node e : items_of(element, "link"))
            a.links.push_back({attribute_text(e, "rel"), attribute_text(e, "href"), attribute_text(e, "type"), attribute_text(e, "title"),
                               attribute_text(e, "hreflang"), number_value<long long>(attribute_text(e, "length"))});
    } else if (name == "dateline") {
        a.dateline = {exact_text(element), attribute_text(element, "place"), attribute_text(element, "region"),
                      parse_rfc3339(attribute_text(element, "date")), attribute_text(element, "credit")};
    } else if (name == "located") {
        a.located.name = attribute_text(element, "name");
        a.located.code = attribute_text(element, "code");
        for (pugi::xml_node e : items_of(element, "broader"))
            a.located.broader.push_back({attribute_text(e, "name"), attribute_text(e, "code"), attribute_text(e, "type")});
    } else if (name == "copyright") {
        a.copyright = {attribute_text(element, "holder"), attribute_text(element, "notice"), attribute_text(element, "usage-terms")};
    } else if (name == "image") {
        f.image = {attribute_text(element, "url"), attribute_text(element, "title"), attribute_text(element, "link")};
    } else {
        known = false;
        fields.unknown.push_back(name);
    }
    if (known) fields.given.push_back(name);
    return true;
}

namespace {

// Copies from GIVEN to TARGET every table field that FIELDS gives and TARGET
// has (MEMBER picks the field's member pointer for TARGET's type, or null).
template <typename Target, typename Member>
void apply_given(const WkFields& fields, const Target& given, Target& target, Member member) {
    auto copy = [&](const auto& table, auto name_of) {
        for (const auto& field : table)
            if (auto m = member(field); m && is_given(fields, name_of(field))) target.*m = given.*m;
    };
    auto name = [](const auto& field) { return field.name; };
    copy(text_fields, name);
    copy(date_fields, name);
    copy(number_fields, name);
    copy(strings_fields, [](const StringsField& field) { return field.list; });
}

void warn_unknown(const WkFields& fields, const ReadOptions& options) {
    for (const std::string& name : fields.unknown) options.diag->warning(options.source, "unknown element wk:" + name + " ignored");
}

}  // namespace

void apply_wk(const WkFields& fields, Article& a, const ReadOptions& options) {
    // Asked of every item, and most carry no wk element at all.
    if (fields.given.empty() && fields.unknown.empty()) return;
    const Article& w = fields.article;
    apply_given(fields, w, a, [](const auto& field) { return field.article; });
    if (is_given(fields, "authors")) a.authors = w.authors;
    if (is_given(fields, "subjects")) a.subjects = w.subjects;
    if (is_given(fields, "genres")) a.genres = w.genres;
    if (is_given(fields, "links")) a.links = w.links;
    if (is_given(fields, "dateline")) a.dateline = w.dateline;
    if (is_given(fields, "located")) a.located = w.located;
    if (is_given(fields, "copyright")) a.copyright = w.copyright;
    warn_unknown(fields, options);
}

void apply_wk(const WkFields& fields, FeedInfo& f, const ReadOptions& options) {
    const FeedInfo& w = fields.feed;
    apply_given(fields, w, f, [](const auto& field) { return field.feed; });
    if (is_given(fields, "authors")) f.authors = w.authors;
    if (is_given(fields, "image")) f.image = w.image;
    if (is_given(fields, "categories")) f.categories = w.categories;
    warn_unknown(fields, options);
}

}  // namespace wirekit
