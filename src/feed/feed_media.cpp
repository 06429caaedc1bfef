#include "feed/feed_media.hpp"

#include <algorithm>
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
    if (auto declared = declared_namespace(element, prefix)) return *declared == feed_ns::wk;
    return prefix == "wk";
}

Media media_from_attributes(pugi::xml_node element, std::string_view base_url) {
    Media m;
    std::string url = attribute_of(element, "url");
    if (!url.empty()) m.url = resolve_url(base_url, url);
    m.mime_type = attribute_of(element, "type");
    // Media RSS's medium is the item's type (image: a picture), when the MIME
    // type does not say it already (document and executable say nothing here).
    std::string medium = attribute_of(element, "medium");
    if (medium != medium_of(m.mime_type)) {
        if (medium == "image") m.type = "picture";
        else if (medium == "video" || medium == "audio") m.type = medium;
    }
    m.bytes = count_value(attribute_of(element, "fileSize"));
    m.width = count_value(attribute_of(element, "width"));
    m.height = count_value(attribute_of(element, "height"));
    m.duration = seconds_value(attribute_of(element, "duration"));
    // wirekit's own attributes, in its namespace.
    for (pugi::xml_attribute a : element.attributes()) {
        std::string_view name = a.name();
        auto colon = name.find(':');
        // An unprefixed attribute (":role" has no prefix either) is in no namespace.
        if (colon == std::string_view::npos || colon == 0 || !in_wk_namespace(element, name.substr(0, colon))) continue;
        if (name.substr(colon + 1) == "role") m.role = a.value();
        else if (name.substr(colon + 1) == "alt") m.alt_text = a.value();
    }
    return m;
}

// ELEMENT when it is media:description, media:title, media:credit or
// media:copyright into M, unless M has that already; false for any other.
bool read_media_text(pugi::xml_node element, Media& m) {
    std::string_view local = local_name(element.name());
    std::string* slot = local == "description" ? &m.caption
                        : local == "title"     ? &m.title
                        : local == "credit"    ? &m.credit
                        : local == "copyright" ? &m.copyright.notice
                                               : nullptr;
    if (!slot || feed_namespace(element) != feed_ns::media) return false;
    if (slot->empty()) *slot = text_of(element);
    return true;
}

// Those texts of a content or group.
void read_media_texts(pugi::xml_node element, Media& m) {
    for (pugi::xml_node child : element.children()) read_media_text(child, m);
}

// The Media RSS rule: what a group or item says applies to each of its
// contents that does not say it itself.
void fill_texts(Media& m, const Media& from) {
    fill(m.caption, from.caption);
    fill(m.title, from.title);
    fill(m.credit, from.credit);
    fill(m.copyright.notice, from.copyright.notice);
}

Rendition thumbnail_file(pugi::xml_node thumbnail, std::string_view base_url) {
    Media t = media_from_attributes(thumbnail, base_url);
    return {std::string(media_role::thumbnail), t.url, t.mime_type, t.width, t.height, t.bytes, t.duration};
}

bool has_thumbnail(const Media& m) {
    for (const Rendition& r : renditions_of(m))
        if (r.name == media_role::thumbnail) return true;
    return false;
}

// Adds the media:thumbnail children of ELEMENT to M as its renditions named
// "thumbnail", unless M has one already.
void add_thumbnails(pugi::xml_node element, std::string_view base_url, Media& m) {
    if (has_thumbnail(m)) return;
    for (pugi::xml_node child : element.children())
        if (is_feed_element(child, "thumbnail", feed_ns::media)) add_rendition(m, thumbnail_file(child, base_url));
}

// A media:content: its file, texts and thumbnails.
Media content_of(pugi::xml_node content, std::string_view base_url) {
    Media m = media_from_attributes(content, base_url);
    read_media_texts(content, m);
    add_thumbnails(content, base_url, m);
    return m;
}

// A media:group is one item in several files (sizes, formats): its default
// content first, then the others as renditions; the group's texts and
// thumbnails apply to it.
Media group_of(pugi::xml_node group, std::string_view base_url) {
    std::vector<pugi::xml_node> contents;
    for (pugi::xml_node child : group.children())
        if (is_feed_element(child, "content", feed_ns::media)) contents.push_back(child);
    std::stable_partition(contents.begin(), contents.end(),
                          [](pugi::xml_node c) { return to_lower_ascii(attribute_of(c, "isDefault")) == "true"; });
    Media item;
    for (pugi::xml_node content : contents) {
        Media m = content_of(content, base_url);
        if (m.url.empty()) continue;
        if (item.url.empty()) item = std::move(m);
        else fill_media(item, m);
    }
    Media shared;
    read_media_texts(group, shared);
    fill_texts(item, shared);
    add_thumbnails(group, base_url, item);
    return item;
}

void write_thumbnail(pugi::xml_node parent, const Rendition& file) {
    pugi::xml_node e = parent.append_child("media:thumbnail");
    e.append_attribute("url") = file.href.c_str();
    if (file.width) e.append_attribute("width") = std::to_string(*file.width).c_str();
    if (file.height) e.append_attribute("height") = std::to_string(*file.height).c_str();
}

// Media RSS's medium of ITEM's FILE: the item's type (a picture or graphic is
// an image), else what the file's MIME type names.
std::string_view medium_of(const Media& item, const Rendition& file) {
    std::string_view type = item.type;
    if (type == "picture" || type == "graphic") return "image";
    if (type == "video" || type == "audio") return type;
    return medium_of(file.mime_type);
}

void write_file_attributes(pugi::xml_node e, const Media& item, const Rendition& file) {
    if (!file.href.empty()) e.append_attribute("url") = file.href.c_str();
    if (!file.mime_type.empty()) e.append_attribute("type") = file.mime_type.c_str();
    if (std::string_view medium = medium_of(item, file); !medium.empty()) e.append_attribute("medium") = std::string(medium).c_str();
    if (file.bytes) e.append_attribute("fileSize") = std::to_string(*file.bytes).c_str();
    if (file.width) e.append_attribute("width") = std::to_string(*file.width).c_str();
    if (file.height) e.append_attribute("height") = std::to_string(*file.height).c_str();
    if (file.duration) e.append_attribute("duration") = seconds_text(*file.duration).c_str();
}

}  // namespace

bool ItemMediaRss::take(pugi::xml_node element, std::string_view local, std::string_view base_url) {
    if (local == "thumbnail") {
        thumbnails_.push_back(thumbnail_file(element, base_url));
        return true;
    }
    return read_media_text(element, texts_);
}

void ItemMediaRss::apply(std::vector<Media>& media) const {
    bool has_visual = false;
    for (Media& m : media) {
        if (m.role == media_role::inline_image) continue;
        fill_texts(m, texts_);
        std::string_view type = type_of(m);
        if (type != "picture" && type != "video") continue;
        has_visual = true;
        if (has_thumbnail(m)) continue;
        for (const Rendition& thumbnail : thumbnails_) add_rendition(m, thumbnail);
    }
    if (has_visual) return;
    // Thumbnails of nothing else (an audio enclosure, a text) are media of their own.
    for (Rendition thumbnail : thumbnails_) {
        Media m;
        thumbnail.name.clear();
        set_renditions(m, {std::move(thumbnail)});
        m.role = std::string(media_role::thumbnail);
        fill_texts(m, texts_);
        if (!m.url.empty()) add_media(media, std::move(m));
    }
}

std::vector<std::string> keywords_from_text(std::string_view text) {
    std::vector<std::string> words;
    for (std::string_view word : split_list(text, ",")) words.emplace_back(word);
    return words;
}

bool read_item_media(pugi::xml_node element, std::string_view local, std::string_view base_url, Article& article,
                     ItemMediaRss& item_level) {
    if (local == "keywords") {
        for (std::string& word : keywords_from_text(text_of(element))) article.keywords.push_back(std::move(word));
        return true;
    }
    if (local == "category") {
        // scheme and label as Atom's category has them: the text is the term.
        Concept c;
        c.scheme = attribute_of(element, "scheme");
        std::string label = attribute_of(element, "label"), text = collapse_spaces(text_of(element));
        if (label.empty()) c.name = std::move(text);
        else c.code = std::move(text), c.name = std::move(label);
        if (!c.name.empty()) article.subjects.push_back(std::move(c));
        return true;
    }
    if (item_level.take(element, local, base_url)) return true;
    Media m;
    if (local == "content") m = content_of(element, base_url);
    else if (local == "group") m = group_of(element, base_url);
    else return false;
    if (!m.url.empty()) add_media(article.media, std::move(m));
    return true;
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

bool enclosure_says_all(const Media& m) {
    return m.role == media_role::enclosure && !m.url.empty() && !m.mime_type.empty() && (!m.bytes || *m.bytes > 0) &&
           !m.width && !m.height && !m.duration && !says_more_than_a_file(m);
}

void write_media_rss(pugi::xml_node parent, const Media& m, bool marks) {
    std::vector<Rendition> files, thumbnails;
    for (Rendition& r : renditions_of(m)) (r.name == media_role::thumbnail ? thumbnails : files).push_back(std::move(r));
    if (files.empty()) files.swap(thumbnails);
    // Media RSS says nothing of an item without a file (a reference by id).
    if (files.empty()) return;
    bool thumbnail_says_all = m.role == media_role::thumbnail && files.size() == 1 && thumbnails.empty() &&
                              files[0].mime_type.empty() && !files[0].bytes && !files[0].duration && !says_more_than_a_file(m);
    if (thumbnail_says_all) {
        write_thumbnail(parent, files[0]);
        return;
    }
    // Several files of one item are a group, one file its content.
    pugi::xml_node holder = files.size() > 1 ? parent.append_child("media:group") : parent;
    for (std::size_t i = 0; i < files.size(); ++i) {
        pugi::xml_node e = holder.append_child("media:content");
        write_file_attributes(e, m, files[i]);
        if (i == 0 && marks && !m.role.empty()) e.append_attribute("wk:role") = m.role.c_str();
        if (i == 0 && marks && !m.alt_text.empty()) e.append_attribute("wk:alt") = m.alt_text.c_str();
        if (files.size() == 1) holder = e;
    }
    if (!m.title.empty()) {
        pugi::xml_node t = holder.append_child("media:title");
        t.append_attribute("type") = "plain";
        t.text() = m.title.c_str();
    }
    if (!m.caption.empty()) {
        pugi::xml_node d = holder.append_child("media:description");
        d.append_attribute("type") = "plain";
        d.text() = m.caption.c_str();
    }
    if (!m.credit.empty()) holder.append_child("media:credit").text() = m.credit.c_str();
    if (!m.copyright.notice.empty()) holder.append_child("media:copyright").text() = m.copyright.notice.c_str();
    for (const Rendition& t : thumbnails) write_thumbnail(holder, t);
}

}  // namespace wirekit
