// Conformance with gofeed: every RSS and Atom input of gofeed's translator
// test data (../shared/corpus/feeds/gofeed/translator/) is read by our
// readers and compared, field by field, with the universal feed object gofeed
// parses from it. A (file, field) pair applies when either side has a value;
// the test prints the table and fails below 95 % agreement. Every
// disagreement left is listed, with its reason, in formats/rss/CONFORMANCE.md.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "atom/atom_reader.hpp"
#include "feed/feed_body.hpp"
#include "feed/feed_derive.hpp"
#include "feed/feed_media.hpp"
#include "html/html_body.hpp"
#include "rss/rss_reader.hpp"
#include "support/golden.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"
#include "text/text.hpp"
#include "time/datetime.hpp"
#include "time/instant_order.hpp"

using namespace wirekit;
using nlohmann::json;

namespace {

// One field as both sides state it, reduced to comparable text.
struct Values {
    std::string expected, ours;
};

std::string string_at(const json& j, const char* key) { return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : ""; }

// An RFC 3339 instant from gofeed's *Parsed fields, as seconds (or "").
std::string instant_text(const std::string& rfc3339) {
    auto dt = parse_rfc3339(rfc3339);
    return dt ? std::to_string(unix_seconds(*dt)) : "";
}

std::string instant_text(const std::optional<DateTime>& dt) { return dt ? std::to_string(unix_seconds(*dt)) : ""; }

std::string sorted_lines(std::vector<std::string> items) {
    std::sort(items.begin(), items.end());
    std::string out;
    for (const auto& i : items) out += i + "\n";
    return out;
}

std::string people_text(const json& list) {
    std::vector<std::string> people;
    if (list.is_array())
        for (const json& p : list) people.push_back(string_at(p, "name") + " <" + string_at(p, "email") + ">");
    return sorted_lines(people);
}

std::string people_text(const std::vector<Person>& list) {
    std::vector<std::string> people;
    for (const Person& p : list) people.push_back(p.name + " <" + p.email + ">");
    return sorted_lines(people);
}

std::string strings_text(const json& list) {
    std::vector<std::string> items;
    if (list.is_array())
        for (const json& s : list)
            if (s.is_string()) items.push_back(collapse_spaces(s.get<std::string>()));
    return sorted_lines(items);
}

// HTML on both sides compared as the body tree it gives.
std::string html_text(const std::string& html) { return body_to_html(html_to_body(html).body); }

bool has_image_suffix(std::string_view url) {
    for (std::string_view suffix : {".png", ".jpg", ".jpeg", ".gif", ".webp"})
        if (url.ends_with(suffix)) return true;
    return false;
}

// gofeed's item image: Media RSS image (by its type, else by its file name,
// since the model keeps no medium), then an image enclosure, then the first
// <img> of the HTML or a thumbnail.
std::string item_image(const Article& a) {
    for (const Media& m : a.media)
        if (m.role.empty() && (m.mime_type.starts_with("image/") || (m.mime_type.empty() && has_image_suffix(m.url)))) return m.url;
    for (const Media& m : a.media)
        if (m.role == media_role::enclosure && m.mime_type.starts_with("image/")) return m.url;
    for (const Media& m : a.media)
        if (m.role == media_role::inline_image || m.role == media_role::thumbnail) return m.url;
    return {};
}

std::string enclosures_text(const json& list) {
    std::vector<std::string> items;
    if (list.is_array())
        for (const json& e : list) items.push_back(string_at(e, "url") + " " + string_at(e, "type") + " " + string_at(e, "length"));
    return sorted_lines(items);
}

std::string enclosures_text(const Article& a) {
    std::vector<std::string> items;
    for (const Media& m : a.media)
        if (m.role == media_role::enclosure) items.push_back(m.url + " " + m.mime_type + " " + (m.bytes ? std::to_string(*m.bytes) : ""));
    return sorted_lines(items);
}

std::map<std::string, Values> feed_fields(const json& e, const FeedInfo& f) {
    std::map<std::string, Values> v;
    v["feed title"] = {collapse_spaces(string_at(e, "title")), f.title};
    v["feed description"] = {collapse_spaces(string_at(e, "description")), f.description};
    v["feed link"] = {string_at(e, "link"), f.link};
    v["feed feedLink"] = {string_at(e, "feedLink"), f.self_url};
    std::vector<std::string> links;
    for (const std::string* l : {&f.link, &f.self_url})
        if (!l->empty()) links.push_back(*l);
    v["feed links"] = {e.contains("links") ? strings_text(e["links"]) : "", sorted_lines(links)};
    v["feed updated"] = {instant_text(string_at(e, "updatedParsed")), instant_text(f.updated)};
    v["feed authors"] = {e.contains("authors") ? people_text(e["authors"]) : "", people_text(f.authors)};
    v["feed language"] = {string_at(e, "language"), f.language};
    v["feed copyright"] = {collapse_spaces(string_at(e, "copyright")), f.rights};
    // gofeed writes a generator's name, version and uri as one line.
    std::string generator = f.generator;
    if (!f.generator_version.empty()) generator += " v" + f.generator_version;
    if (!f.generator_uri.empty()) generator += " " + f.generator_uri;
    v["feed generator"] = {string_at(e, "generator"), collapse_spaces(generator)};
    std::vector<std::string> categories;
    for (const Concept& c : f.categories) categories.push_back(c.name);
    v["feed categories"] = {e.contains("categories") ? strings_text(e["categories"]) : "", sorted_lines(categories)};
    v["feed image"] = {e.contains("image") ? string_at(e["image"], "url") : "", f.image.url};
    return v;
}

std::map<std::string, Values> item_fields(const json& e, const Article& a) {
    std::map<std::string, Values> v;
    v["item title"] = {collapse_spaces(string_at(e, "title")), a.headline};
    v["item description"] = {text_from_html(string_at(e, "description"), {}, nullptr), a.summary};
    v["item content"] = {html_text(string_at(e, "content")), body_to_html(a.body)};
    v["item link"] = {string_at(e, "link"), a.url};
    std::vector<std::string> links;
    if (!a.url.empty()) links.push_back(a.url);
    // The url's own link (with its type or title) is among the links too.
    for (const Link& l : a.links)
        if (l.rel == "alternate" && l.href != a.url) links.push_back(l.href);
    v["item links"] = {e.contains("links") ? strings_text(e["links"]) : "", sorted_lines(links)};
    // gofeed leaves RSS 1.0's rdf:about out; wirekit reads it as the id, as feedparser does.
    std::string guid = string_at(e, "guid");
    v["item guid"] = {guid, guid.empty() && !e.empty() ? std::string() : a.id};
    v["item published"] = {instant_text(string_at(e, "publishedParsed")), instant_text(a.published)};
    v["item updated"] = {instant_text(string_at(e, "updatedParsed")), instant_text(a.updated)};
    v["item authors"] = {e.contains("authors") ? people_text(e["authors"]) : "", people_text(a.authors)};
    std::vector<std::string> categories;
    for (const Concept& c : a.subjects) categories.push_back(c.name);
    for (const std::string& k : a.keywords) categories.push_back(k);
    v["item categories"] = {e.contains("categories") ? strings_text(e["categories"]) : "", sorted_lines(categories)};
    v["item enclosures"] = {e.contains("enclosures") ? enclosures_text(e["enclosures"]) : "", enclosures_text(a)};
    v["item image"] = {e.contains("image") ? string_at(e["image"], "url") : "", item_image(a)};
    return v;
}

struct Tally {
    int applicable = 0, agree = 0;
};

}  // namespace

TEST_CASE("feed conformance: our model agrees with gofeed's translator data on at least 95% of the fields", "[rss][atom][feed][conformance]") {
    std::map<std::string, Tally> by_field;
    std::vector<std::string> disagreements;
    int files = 0;
    for (std::string kind : {"rss", "atom"}) {
        for (const std::string& path : test::files_in(test::shared_path("corpus/feeds/gofeed/translator/" + kind), ".xml")) {
            ++files;
            std::string name = std::filesystem::path(path).filename().string();
            json expected = json::parse(test::read_file(path.substr(0, path.size() - 4) + ".json"));
            Diagnostics diag;
            Document doc = kind == "rss" ? read_rss(test::read_file(path), test::read_options(diag, path))
                                         : read_atom(test::read_file(path), test::read_options(diag, path));
            std::map<std::string, Values> fields = feed_fields(expected, doc.feed);
            const json items = expected.contains("items") ? expected["items"] : json::array();
            for (std::size_t i = 0; i < std::max(items.size(), doc.articles.size()); ++i) {
                json item = i < items.size() ? items[i] : json::object();
                Article article = i < doc.articles.size() ? doc.articles[i] : Article{};
                for (auto& [field, values] : item_fields(item, article)) {
                    Values& v = fields[field];
                    v.expected += values.expected;
                    v.ours += values.ours;
                }
            }
            for (const auto& [field, values] : fields) {
                if (values.expected.empty() && values.ours.empty()) continue;
                Tally& t = by_field[field];
                ++t.applicable;
                if (values.expected == values.ours) ++t.agree;
                else disagreements.push_back(name + " | " + field + " | gofeed: " + values.expected + " | ours: " + values.ours);
            }
        }
    }
    int applicable = 0, agree = 0;
    std::ostringstream table;
    table << "field                agree/applicable\n";
    for (const auto& [field, t] : by_field) {
        table << field << std::string(field.size() < 21 ? 21 - field.size() : 1, ' ') << t.agree << "/" << t.applicable << "\n";
        applicable += t.applicable;
        agree += t.agree;
    }
    double rate = applicable ? static_cast<double>(agree) / applicable : 0;
    table << "total " << agree << "/" << applicable << " pairs over " << files << " files: " << rate * 100 << "% agree\n";
    for (const std::string& d : disagreements) table << "  disagrees: " << d << "\n";
    WARN(table.str());
    CHECK(files >= 90);
    REQUIRE(rate >= 0.95);
}
