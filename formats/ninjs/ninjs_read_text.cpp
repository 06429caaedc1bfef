// Headlines, descriptions and bodies (declared in ninjs_read.hpp): 2.x and
// 3.x arrays of {role, contenttype, value}, 1.x flat "headline",
// "headline_ROLE", "description_ROLE" and "body_ROLE" strings.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "html/html_body.hpp"
#include "ninjs/ninjs_read.hpp"
#include "text/body_text.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

// One headline, description or body, whichever version it came from.
struct TextPart {
    std::string role;
    std::string content_type;
    std::string value;
    JsonPath path;
};

bool is_html(std::string_view value, std::string_view content_type, std::string_view role) {
    std::string type = to_lower_ascii(content_type);
    if (!type.empty()) return type.find("html") != std::string::npos;
    std::string lower_role = to_lower_ascii(role);
    if (lower_role.find("html") != std::string::npos || lower_role == "richtext") return true;
    return trim(value).starts_with('<');
}

bool is_html(const TextPart& part) { return is_html(part.value, part.content_type, part.role); }

// Markup-free text of an HTML string, paragraphs joined by blank lines.
std::string html_text(std::string_view html) {
    std::string out;
    for (const auto& paragraph : block_paragraphs(html_to_body(html).body)) out += (out.empty() ? "" : "\n\n") + paragraph;
    return out;
}

std::string plain_value(const TextPart& part) { return ninjs_plain_text(part.value, part.content_type, part.role); }

bool is_sub_headline_role(std::string_view role) {
    static constexpr std::array roles{"sub", "subheadline", "sub-headline", "subhead", "subtitle", "deck", "strapline"};
    std::string lower = to_lower_ascii(role);
    for (std::string_view r : roles)
        if (lower == r) return true;
    return false;
}

// 2.x and 3.x: the objects of array NAME, whose path is LIST_PATH.
std::vector<TextPart> parts_of(const JsonObject& item, NinjsVersion version, std::string_view name,
                               const JsonPath& list_path) {
    std::vector<TextPart> parts;
    const auto& elements = item.array(name);
    for (std::size_t i = 0; i < elements.size(); ++i) {
        JsonObject part(elements[i], list_path.element(i), item.origin());
        // dpa digitalwires names a description's value "description".
        std::string_view value_key = !part.has("value") && name == ninjs_keys::descriptions.in(version) ? "description" : "value";
        if (!part.has(value_key)) json_fail(item.origin(), part.path(), "missing \"value\"");
        parts.push_back(
            {part.string("role"), part.string(ninjs_keys::contenttype.in(version)), part.string(value_key), part.path()});
    }
    return parts;
}

// 1.x: "PREFIX" itself (as role "main") and every "PREFIX_ROLE" string.
std::vector<TextPart> flat_parts_of(const JsonObject& item, std::string_view prefix) {
    std::vector<TextPart> parts;
    for (const auto& member : item.value().items()) {
        std::string_view key = member.key();
        if (key != prefix && !(key.starts_with(prefix) && key.size() > prefix.size() && key[prefix.size()] == '_')) continue;
        std::string value = item.string(key);
        std::string role = key == prefix ? "main" : std::string(key.substr(prefix.size() + 1));
        // body_html, description_xhtml, ...: the role names the format.
        std::string type = role == "text" ? "text/plain" : role.find("html") != std::string::npos ? "text/html" : "";
        parts.push_back({role, type, std::move(value), item.path(key)});
    }
    return parts;
}

void read_headlines(const std::vector<TextPart>& parts, Article& out, const JsonOrigin& origin) {
    for (const auto& part : parts) {
        std::string text = collapse_spaces(plain_value(part));
        std::string& slot = is_sub_headline_role(part.role) ? out.subheadline : out.headline;
        if (slot.empty())
            slot = std::move(text);
        else if (slot != text)
            json_note(origin, part.path,
                      "another headline (role \"" + part.role + "\"); the model keeps one, so it is left out");
    }
}

void read_descriptions(const std::vector<TextPart>& parts, Article& out, const JsonOrigin& origin) {
    // A plain-text description is the summary as written; an HTML one is a
    // fallback (and usually the same words).
    const TextPart* chosen = nullptr;
    for (const auto& part : parts)
        if (!is_html(part)) {
            chosen = &part;
            break;
        }
    if (!chosen && !parts.empty()) chosen = &parts.front();
    if (!chosen) return;
    out.summary = plain_value(*chosen);
    for (const auto& part : parts)
        if (&part != chosen && collapse_spaces(plain_value(part)) != collapse_spaces(out.summary))
            json_note(origin, part.path, "another description; the model keeps one summary, so it is left out");
}

void read_bodies(const std::vector<TextPart>& parts, Article& out, const JsonOrigin& origin) {
    // HTML carries the structure (headings, lists, links); plain text is the fallback.
    const TextPart* html = nullptr;
    const TextPart* text = nullptr;
    for (const auto& part : parts) {
        std::string type = to_lower_ascii(part.content_type);
        bool plain = type.empty() || type == "text/plain";
        if (is_html(part) && !html)
            html = &part;
        else if (!is_html(part) && plain && !text)
            text = &part;
    }
    if (html) {
        HtmlContent content = html_to_body(html->value);
        out.body = std::move(content.body);
        if (content.dropped_unsafe) json_warn(origin, html->path, "unsafe HTML (scripts, frames, ...) removed");
    } else if (text) {
        out.body = ninjs_text_body(text->value);
    }
    for (const auto& part : parts)
        if (&part != html && &part != text)
            json_note(origin, part.path,
                      "a body of type \"" + part.content_type + "\" is left out (the model keeps one body)");
}

// dpa digitalwires, a ninjs dialect: one "headline" string and the body in
// "article_html", read when the ninjs places are empty.
void read_digitalwires_text(const JsonObject& item, Article& out) {
    if (out.headline.empty()) out.headline = collapse_spaces(item.string("headline"));
    if (out.body.empty()) read_bodies(flat_parts_of(item, "article"), out, item.origin());
}

}  // namespace

std::string ninjs_plain_text(std::string_view value, std::string_view content_type, std::string_view role) {
    return is_html(value, content_type, role) ? html_text(value) : std::string(value);
}

Body ninjs_text_body(std::string_view text) {
    std::vector<std::string_view> lines = split_lines(text);
    bool has_blank_line = false;
    for (auto line : lines) has_blank_line = has_blank_line || trim(line).empty();
    Body body;
    std::string paragraph;
    auto flush = [&] {
        std::string collapsed = collapse_spaces(paragraph);
        if (!collapsed.empty())
            body.push_back(
                Block{Block::Kind::paragraph, 0, false, {Inline{Inline::Kind::text, std::move(collapsed), {}, {}}}, {}});
        paragraph.clear();
    };
    for (auto line : lines) {
        if (trim(line).empty() || !has_blank_line) {
            paragraph += line;
            flush();
            continue;
        }
        paragraph += line;
        paragraph += ' ';
    }
    flush();
    return body;
}

std::string ninjs_headline(const JsonObject& item, NinjsVersion version) {
    Article a;
    if (version == NinjsVersion::v1) {
        read_headlines(flat_parts_of(item, "headline"), a, item.origin());
        return a.headline;
    }
    std::string_view headlines = ninjs_keys::headlines.in(version);
    const JsonPath headlines_path = item.path(headlines);
    read_headlines(parts_of(item, version, headlines, headlines_path), a, item.origin());
    return a.headline;
}

void read_ninjs_text(const JsonObject& item, NinjsVersion version, Article& out) {
    const JsonOrigin& origin = item.origin();
    if (version == NinjsVersion::v1) {
        read_headlines(flat_parts_of(item, "headline"), out, origin);
        read_descriptions(flat_parts_of(item, "description"), out, origin);
        read_bodies(flat_parts_of(item, "body"), out, origin);
        read_digitalwires_text(item, out);
        return;
    }
    std::string_view headlines = ninjs_keys::headlines.in(version);
    std::string_view descriptions = ninjs_keys::descriptions.in(version);
    std::string_view bodies = ninjs_keys::bodies.in(version);
    const JsonPath headlines_path = item.path(headlines), descriptions_path = item.path(descriptions),
                   bodies_path = item.path(bodies);
    read_headlines(parts_of(item, version, headlines, headlines_path), out, origin);
    read_descriptions(parts_of(item, version, descriptions, descriptions_path), out, origin);
    read_bodies(parts_of(item, version, bodies, bodies_path), out, origin);
    read_digitalwires_text(item, out);
}

}  // namespace wirekit
