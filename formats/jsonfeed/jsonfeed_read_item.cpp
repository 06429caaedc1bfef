// One JSON Feed item as an article (declared in jsonfeed_read.hpp).
#include <cmath>

#include "html/html_body.hpp"
#include "jsonfeed/jsonfeed_extensions.hpp"
#include "jsonfeed/jsonfeed_read.hpp"
#include "model/extension.hpp"
#include "model/media.hpp"
#include "text/text.hpp"
#include "text/uri_syntax.hpp"

namespace wirekit {

namespace {

constexpr std::string_view item_keys[] = {
    "id",      "url",   "external_url", "title",          "content_html",  "content_text",
    "summary", "image", "banner_image", "date_published", "date_modified", "author",
    "authors", "tags",  "language",     "attachments"};

// The spec: an id given as a number is taken as its text.
std::string read_id(const JsonObject& item) {
    const nlohmann::json* id = item.find("id");
    if (!id) return {};
    if (id->is_string()) return std::string(trim(id->get_ref<const std::string&>()));
    if (id->is_number_integer()) return id->dump();
    if (id->is_number()) {
        json_warn(item.origin(), item.path("id"), "a fractional number as id; read as its text");
        return id->dump();
    }
    json_type_error(item.origin(), item.path("id"), "a string", *id);
}

std::optional<long long> whole_number(const JsonObject& object, std::string_view key) {
    std::optional<double> n = object.number(key);
    if (!n) return std::nullopt;
    if (std::floor(*n) != *n || std::fabs(*n) > 9007199254740992.0)
        json_type_error(object.origin(), object.path(key), "a whole number of bytes", *object.find(key));
    return static_cast<long long>(*n);
}

Media read_attachment(const JsonObject& attachment) {
    static constexpr std::string_view known[] = {"url", "mime_type", "title", "size_in_bytes", "duration_in_seconds"};
    attachment.warn_unknown_keys(known, is_extension_key);
    Media m;
    m.url = attachment.string("url");
    m.mime_type = attachment.string("mime_type");
    m.role = "attachment";
    m.caption = attachment.string("title");
    m.bytes = whole_number(attachment, "size_in_bytes");
    m.duration = attachment.number("duration_in_seconds");
    if (m.url.empty()) json_warn(attachment.origin(), attachment.path(), "attachment without url");
    if (const nlohmann::json* extension = attachment.object(media_extension_key))
        m.credit = JsonObject(*extension, attachment.path(media_extension_key), attachment.origin()).string("credit");
    return m;
}

// Attachments with the same title are alternate representations of one
// thing (the spec): the files of one medium. The image an attachment is a
// file of is that medium.
void add_attachment(std::vector<Media>& media, Media m) {
    for (Media& other : media) {
        if (m.caption.empty() || other.caption != m.caption) continue;
        fill_media(other, m);
        return;
    }
    add_media(media, std::move(m));
}

// Plain text: paragraphs at blank lines, line breaks kept within them.
Body text_body(std::string_view text) {
    Body body;
    std::string paragraph;
    auto flush = [&] {
        std::string_view trimmed = trim(paragraph);
        if (!trimmed.empty()) {
            Block p{Block::Kind::paragraph, 0, false, {}, {}};
            for (auto line : split_lines(trimmed)) {
                if (!p.inlines.empty()) p.inlines.push_back(Inline{Inline::Kind::line_break, {}, {}, {}});
                p.inlines.push_back(Inline{Inline::Kind::text, std::string(trim(line)), {}, {}});
            }
            body.push_back(std::move(p));
        }
        paragraph.clear();
    };
    for (auto line : split_lines(text)) {
        if (trim(line).empty()) {
            flush();
            continue;
        }
        paragraph += line;
        paragraph += '\n';
    }
    flush();
    return body;
}

void read_body(const JsonObject& item, const FeedInfo& feed, Article& a) {
    std::string html = item.string("content_html");
    if (!html.empty()) {
        // Relative links in the HTML are relative to the item's page.
        std::string base = is_absolute_uri(a.url) ? a.url : feed.link;
        if (base.empty()) base = item.origin().options.base_url;
        HtmlContent content = html_to_body(html, base);
        a.body = std::move(content.body);
        if (content.dropped_unsafe)
            json_warn(item.origin(), item.path("content_html"), "unsafe HTML (scripts, frames, ...) removed");
        return;
    }
    std::string text = item.string("content_text");
    // Text that only repeats the summary is no body (the writer puts the
    // summary there when an item has no body).
    if (text != item.string("summary")) a.body = text_body(text);
}

// content_text as written, when the writer would not give it back from the
// body (other spacing, or a text that is not the HTML's words).
void keep_content_text(const JsonObject& item, Article& a) {
    std::string text = item.string("content_text");
    if (a.body.empty() || text.empty() || text == jsonfeed_body_text(a.body)) return;
    set_extension(a.extensions, jsonfeed_format_id, content_text_key, nlohmann::json(text).dump());
}

}  // namespace

std::optional<Article> article_from_jsonfeed_item(const JsonObject& item, const FeedInfo& feed) {
    item.warn_unknown_keys(item_keys, is_extension_key);
    Article a;
    a.id = read_id(item);
    if (a.id.empty()) {
        json_warn(item.origin(), item.path(), "item without id discarded (the spec says to)");
        return std::nullopt;
    }
    a.url = item.string("url");
    if (std::string external = item.string("external_url"); !external.empty())
        a.links.push_back(link_to("related", std::move(external)));
    a.headline = item.string("title");
    read_body(item, feed, a);
    keep_content_text(item, a);
    a.summary = item.string("summary");
    for (auto [key, role] : {std::pair{"image", "image"}, std::pair{"banner_image", "banner"}}) {
        Media m;
        m.url = item.string(key);
        m.role = role;
        if (!m.url.empty()) a.media.push_back(std::move(m));
    }
    a.published = read_jsonfeed_date(item, "date_published");
    a.updated = read_jsonfeed_date(item, "date_modified");
    read_jsonfeed_authors(item, a.authors, a.extensions);
    const JsonPath tags = item.path("tags");
    const auto& tag_values = item.array("tags");
    for (std::size_t i = 0; i < tag_values.size(); ++i)
        a.keywords.push_back(json_string_element(tag_values[i], tags.element(i), item.origin()));
    // An item without a language has the feed's.
    a.language = item.string("language");
    if (a.language.empty()) a.language = feed.language.empty() ? item.origin().options.language : feed.language;
    const JsonPath attachments = item.path("attachments");
    const auto& attachment_values = item.array("attachments");
    for (std::size_t i = 0; i < attachment_values.size(); ++i)
        add_attachment(a.media, read_attachment(JsonObject(attachment_values[i], attachments.element(i), item.origin())));
    keep_jsonfeed_extensions(item, a.extensions);
    return a;
}

}  // namespace wirekit
