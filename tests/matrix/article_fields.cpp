#include "article_fields.hpp"

#include <algorithm>

#include "dateline/byline.hpp"
#include "dateline/dateline.hpp"
#include "model/media.hpp"
#include "text/body_text.hpp"
#include "text/text.hpp"
#include "text/uri_syntax.hpp"
#include "time/datetime.hpp"

namespace wirekit::matrix {

namespace {

std::string joined(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const auto& p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += separator;
        out += p;
    }
    return out;
}

// UTC seconds. Formats that need an instant write a bare date as midnight
// UTC and a time without zone as UTC, so those compare as such; fractions
// are left out (RSS has none).
std::string moment(const std::optional<DateTime>& dt) {
    if (!dt) return {};
    long long seconds = days_from_civil(dt->year, dt->month, dt->day) * 86400;
    if (dt->has_time) seconds += dt->hour * 3600 + dt->minute * 60 + dt->second;
    if (dt->has_offset) seconds -= dt->offset_minutes * 60LL;
    return std::to_string(seconds);
}

// The byline as printed without its "By", the authors' names, and the
// byline's first line (the wire formats keep no title lines below it):
// formats keep one or the other (JSON Feed has authors only).
std::vector<std::string> bylines(const Article& a) {
    auto without_by = [](std::string text) {
        text = collapse_spaces(text);
        if (starts_with_ci(text, "by ")) text.erase(0, 3);
        return text;
    };
    std::vector<std::string> all;
    for (const auto& p : a.authors) all.push_back(p.name);
    return {without_by(a.byline), collapse_spaces(joined(all, ", ")), without_by(a.byline.substr(0, a.byline.find('\n')))};
}

// Writers escape what a URI may not hold as it stands ("#" in a fragment),
// so addresses compare percent-decoded.
std::string decoded(std::string_view url) {
    std::string out;
    for (std::size_t i = 0; i < url.size(); ++i) {
        if (url[i] == '%' && i + 2 < url.size() && std::isxdigit(static_cast<unsigned char>(url[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(url[i + 2]))) {
            out += static_cast<char>(std::stoi(std::string(url.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += url[i];
        }
    }
    return out;
}

// Whether TEXT, the value of FIELD, is in a form the dispatch reader finds
// again: a dateline at the start of a lead, a byline after "By".
bool is_dispatch_form(const std::string& field, const std::string& text) {
    if (field == "byline") return is_byline(text) || is_byline("By " + text);
    auto match = parse_dateline(text + " - The lead.", std::nullopt);
    return match && match->dateline.text == text;
}

// The body text; the same without the dateline that starts its lead; the
// same without a paragraph that reads as a byline among the first three (a
// table's "By The Associated Press" row); and each with the trailer: a
// dispatch reader takes byline and dateline out of the text before the lead
// and the closing credits out of the body.
std::vector<std::string> body_texts(const Article& a) {
    std::vector<std::string> paragraphs = block_paragraphs(a.body);
    std::vector<std::vector<std::string>> versions = {paragraphs};
    for (std::size_t i = 0; i < paragraphs.size() && i < 3; ++i)
        if (is_byline(paragraphs[i])) {
            std::vector<std::string> without = paragraphs;
            without.erase(without.begin() + static_cast<std::ptrdiff_t>(i));
            versions.push_back(std::move(without));
            break;
        }
    std::vector<std::string> texts;
    for (auto& version : versions) {
        texts.push_back(collapse_spaces(joined(version, " ")));
        for (auto& p : version)
            if (auto match = parse_dateline(p, std::nullopt)) {
                p = std::string(trim(std::string_view(p).substr(match->length)));
                texts.push_back(collapse_spaces(joined(version, " ")));
                break;
            }
    }
    if (!a.trailer.empty())
        for (std::size_t i = 0, n = texts.size(); i < n; ++i) texts.push_back(collapse_spaces(texts[i] + " " + a.trailer));
    return texts;
}

// Writers of XML leave out the control characters XML cannot hold.
std::string without_controls(std::string text) {
    std::erase_if(text, [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t'; });
    return text;
}

// Empty when none of VALUES is there (the article lacks the field).
std::vector<std::string> present(std::vector<std::string> values) {
    for (const auto& v : values)
        if (!v.empty()) return values;
    return {};
}

// What FIELD says of each associated item with a caption or credit (what
// must not come apart from the story), sorted and joined: formats may list
// the items in another order (JSON Feed puts its image first), and a bare
// file may become another (an image inline in the body is JSON Feed's image).
// LINKABLE_ONLY: only the items with a file at an absolute URI, all that
// ninjs and JSON Feed can link.
std::string of_items(const Article& a, const std::string& field, bool linkable_only) {
    std::vector<std::string> values;
    for (const Media& m : a.media) {
        if (m.caption.empty() && m.credit.empty()) continue;
        std::vector<Rendition> files = renditions_of(m);
        if (linkable_only && std::none_of(files.begin(), files.end(), [](const Rendition& r) { return is_absolute_uri(r.href); }))
            continue;
        if (field == "caption") values.push_back(collapse_spaces(m.caption));
        if (field == "credit") values.push_back(collapse_spaces(m.credit));
        if (field == "rendition href")
            for (const Rendition& r : files)
                if (!linkable_only || is_absolute_uri(r.href)) values.push_back(decoded(r.href));
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return joined(values, " | ");
}

bool is_item_field(const std::string& field) { return field == "caption" || field == "credit" || field == "rendition href"; }

}  // namespace

const std::vector<std::string>& followed_fields() {
    static const std::vector<std::string> fields = {"headline", "body text", "dateline", "byline",         "published",
                                                    "updated",  "id",        "url",      "caption", "credit",
                                                    "rendition href"};
    return fields;
}

std::vector<std::string> field_values(const Article& a, const std::string& field) {
    if (field == "headline") return present({collapse_spaces(without_controls(a.headline))});
    if (field == "body text") return present(body_texts(a));
    if (field == "dateline") return present({collapse_spaces(a.dateline.text)});
    if (field == "byline") return present(bylines(a));
    if (field == "published") return present({moment(a.published), moment(a.first_created)});
    if (field == "updated") return present({moment(a.updated), moment(a.version_created)});
    if (field == "id") return present({a.id});
    if (field == "url") return present({decoded(a.url)});
    // Every item's, then the linkable items' (a "uri" cell follows those).
    if (is_item_field(field)) return present({of_items(a, field, false), of_items(a, field, true)});
    return {};
}

bool field_kept(const std::string& field, const std::string& cell, const std::vector<std::string>& original,
                const std::vector<std::string>& written) {
    if (cell == "uri" && is_item_field(field)) return original[1].empty() || (!written.empty() && written.front() == original[1]);
    if (is_item_field(field)) return !written.empty() && written.front() == original.front();
    if (cell == "uri" && !is_absolute_uri(original.front())) return !written.empty();
    if (cell == "form" && !is_dispatch_form(field, original.front())) return true;
    if (cell == "names" && (original.size() < 2 || original[1].empty())) return true;
    // Readers title-case names written in capitals ("PAUL BYRNE").
    for (const auto& was : original)
        for (const auto& now : written)
            if (!was.empty() && to_lower_ascii(was) == to_lower_ascii(now)) return true;
    return false;
}

}  // namespace wirekit::matrix
