#include "feed/feed_media.hpp"

#include <charconv>
#include <cmath>

#include "feed/feed_xml.hpp"
#include "text/text.hpp"
#include "text/url.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit {

namespace {

template <typename T>
void fill(T& into, const T& from) {
    if (into == T{}) into = from;
}

std::string_view medium_of(std::string_view mime) {
    for (std::string_view medium : {"image", "video", "audio"})
        if (mime.starts_with(medium) && mime.size() > medium.size() && mime[medium.size()] == '/') return medium;
    return {};
}

// Whether PREFIX stands for wirekit's namespace at ELEMENT (or is the
// conventional "wk" and declared nowhere).
bool in_wk_namespace(pugi::xml_node element, std::string_view prefix) {
    std::string declaration = "xmlns:" + std::string(prefix);
    for (pugi::xml_node n = element; n && n.type() == pugi::node_element; n = n.parent())
        if (pugi::xml_attribute d = n.attribute(declaration.c_str())) return std::string_view(d.value()) == feed_ns::wk;
    return prefix == "wk";
}

Media media_from_attributes(pugi::xml_node element, std::string_view base_url) {
    Media m;
    std::string url = attribute_of(element, "url");
    if (!url.empty()) m.url = resolve_url(base_url, url);
    m.mime_type = attribute_of(element, "type");
    m.bytes = count_value(attribute_of(element, "fileSize"));
    m.width = count_value(attribute_of(element, "width"));
    m.height = count_value(attribute_of(element, "height"));
    m.duration = seconds_value(attribute_of(element, "duration"));
    // wirekit's own attributes, in its namespace.
    for (pugi::xml_attribute a : element.attributes()) {
        std::string_view name = a.name();
        auto colon = name.find(':');
        if (colon == std::string_view::npos || !in_wk_namespace(element, name.substr(0, colon))) continue;
        if (name.substr(colon + 1) == "role") m.role = a.value();
        else if (name.substr(colon + 1) == "alt") m.alt_text = a.value();
    }
    return m;
}

// media:description, media:title and media:credit of a content or group.
void read_media_texts(pugi::xml_node element, Media& m) {
    std::string title;
    for (pugi::xml_node child : element.children()) {
        if (feed_namespace(child) != feed_ns::media) continue;
        std::string_view local = local_name(child.name());
        if (local == "description" && m.caption.empty()) m.caption = text_of(child);
        else if (local == "title" && title.empty()) title = text_of(child);
        else if (local == "credit" && m.credit.empty()) m.credit = text_of(child);
    }
    if (m.caption.empty()) m.caption = title;
}

}  // namespace

std::vector<std::string> keywords_from_text(std::string_view text) {
    std::vector<std::string> words;
    for (std::string_view word : split_list(text, ",")) words.emplace_back(word);
    return words;
}

bool read_item_media(pugi::xml_node element, std::string_view local, std::string_view base_url, Article& article) {
    if (local == "keywords") {
        for (std::string& word : keywords_from_text(text_of(element))) article.keywords.push_back(std::move(word));
        return true;
    }
    return read_media_rss(element, base_url, article.media);
}

std::string keywords_text(const std::vector<std::string>& keywords) {
    std::string joined;
    for (const std::string& k : keywords) joined += (joined.empty() ? "" : ", ") + k;
    return joined;
}

bool keywords_survive_text(const std::vector<std::string>& keywords) {
    for (const std::string& k : keywords)
        if (k.empty() || k.find(',') != std::string::npos || k != trim(k)) return false;
    return true;
}

std::optional<long long> count_value(std::string_view text) {
    text = trim(text);
    long long n = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || n < 0) return std::nullopt;
    return n;
}

std::optional<double> seconds_value(std::string_view text) {
    text = trim(text);
    double d = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(d) || d < 0) return std::nullopt;
    return d;
}

std::string seconds_text(double seconds) {
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, seconds);
    return ec == std::errc() ? std::string(buffer, end) : std::string();
}

bool read_media_rss(pugi::xml_node element, std::string_view base_url, std::vector<Media>& media) {
    if (feed_namespace(element) != feed_ns::media) return false;
    std::string_view local = local_name(element.name());
    if (local == "content" || local == "thumbnail") {
        Media m = media_from_attributes(element, base_url);
        if (local == "thumbnail" && m.role.empty()) m.role = std::string(media_role::thumbnail);
        read_media_texts(element, m);
        if (!m.url.empty()) add_media(media, std::move(m));
        // A thumbnail of the content is media of its own.
        for (pugi::xml_node child : element.children())
            if (is_feed_element(child, "thumbnail", feed_ns::media)) read_media_rss(child, base_url, media);
        return true;
    }
    if (local == "group") {
        Media shared;
        read_media_texts(element, shared);
        for (pugi::xml_node child : element.children()) {
            if (!is_feed_element(child, "content", feed_ns::media) && !is_feed_element(child, "thumbnail", feed_ns::media)) continue;
            std::vector<Media> one;
            read_media_rss(child, base_url, one);
            for (Media& m : one) {
                fill(m.caption, shared.caption);
                fill(m.credit, shared.credit);
                add_media(media, std::move(m));
            }
        }
        return true;
    }
    return false;
}

bool enclosure_says_all(const Media& m) {
    return m.role == media_role::enclosure && !m.url.empty() && !m.mime_type.empty() && (!m.bytes || *m.bytes > 0) &&
           !m.width && !m.height && !m.duration && m.caption.empty() && m.credit.empty() && m.alt_text.empty();
}

void write_media_rss(pugi::xml_node parent, const Media& m, bool marks) {
    bool thumbnail_says_all = m.role == media_role::thumbnail && m.mime_type.empty() && !m.bytes && !m.duration &&
                              m.caption.empty() && m.credit.empty() && m.alt_text.empty();
    pugi::xml_node e = parent.append_child(thumbnail_says_all ? "media:thumbnail" : "media:content");
    if (!m.url.empty()) e.append_attribute("url") = m.url.c_str();
    if (thumbnail_says_all) {
        if (m.width) e.append_attribute("width") = std::to_string(*m.width).c_str();
        if (m.height) e.append_attribute("height") = std::to_string(*m.height).c_str();
        return;
    }
    if (!m.mime_type.empty()) e.append_attribute("type") = m.mime_type.c_str();
    if (std::string_view medium = medium_of(m.mime_type); !medium.empty()) e.append_attribute("medium") = std::string(medium).c_str();
    if (m.bytes) e.append_attribute("fileSize") = std::to_string(*m.bytes).c_str();
    if (m.width) e.append_attribute("width") = std::to_string(*m.width).c_str();
    if (m.height) e.append_attribute("height") = std::to_string(*m.height).c_str();
    if (m.duration) e.append_attribute("duration") = seconds_text(*m.duration).c_str();
    if (marks && !m.role.empty()) e.append_attribute("wk:role") = m.role.c_str();
    if (marks && !m.alt_text.empty()) e.append_attribute("wk:alt") = m.alt_text.c_str();
    if (!m.caption.empty()) {
        pugi::xml_node d = e.append_child("media:description");
        d.append_attribute("type") = "plain";
        d.text() = m.caption.c_str();
    }
    if (!m.credit.empty()) e.append_child("media:credit").text() = m.credit.c_str();
}

}  // namespace wirekit
