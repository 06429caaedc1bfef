#include "model/media.hpp"

#include <algorithm>
#include <utility>

namespace wirekit {

namespace {

Rendition first_file(const Media& m) {
    return {m.rendition, m.url, m.mime_type, m.width, m.height, m.bytes, m.duration};
}

bool has_first_file(const Media& m) { return first_file(m) != Rendition{}; }

template <typename T>
void fill_if_empty(T& into, const T& from) {
    if (into == T{}) into = from;
}

}  // namespace

std::vector<Rendition> renditions_of(const Media& m) {
    std::vector<Rendition> files;
    if (has_first_file(m)) files.push_back(first_file(m));
    files.insert(files.end(), m.renditions.begin(), m.renditions.end());
    return files;
}

void set_renditions(Media& m, std::vector<Rendition> files) {
    Rendition first = files.empty() ? Rendition{} : std::move(files.front());
    m.rendition = std::move(first.name);
    m.url = std::move(first.href);
    m.mime_type = std::move(first.mime_type);
    m.width = first.width;
    m.height = first.height;
    m.bytes = first.bytes;
    m.duration = first.duration;
    m.renditions.clear();
    if (files.size() > 1) m.renditions.assign(std::make_move_iterator(files.begin() + 1), std::make_move_iterator(files.end()));
}

void add_rendition(Media& m, Rendition file) {
    if (has_first_file(m)) {
        m.renditions.push_back(std::move(file));
        return;
    }
    std::vector<Rendition> files = std::move(m.renditions);
    files.insert(files.begin(), std::move(file));
    set_renditions(m, std::move(files));
}

bool has_rendition_at(const Media& m, std::string_view href) {
    if (href.empty()) return false;
    if (m.url == href) return true;
    return std::any_of(m.renditions.begin(), m.renditions.end(), [&](const Rendition& r) { return r.href == href; });
}

bool is_media_type(std::string_view type) {
    return type == "picture" || type == "graphic" || type == "video" || type == "audio";
}

std::string_view type_of(const Media& m) {
    if (!m.type.empty()) return m.type;
    std::string_view mime = m.mime_type;
    if (mime.starts_with("image/")) return "picture";
    if (mime.starts_with("video/")) return "video";
    if (mime.starts_with("audio/")) return "audio";
    return {};
}

bool says_more_than_a_file(const Media& m) {
    return !m.id.empty() || !m.type.empty() || !m.title.empty() || !m.caption.empty() || !m.credit.empty() || !m.by.empty() ||
           m.copyright != Copyright{} || !m.alt_text.empty() || !m.renditions.empty();
}

bool same_item(const Media& a, const Media& b) {
    if (!a.id.empty() && a.id == b.id) return true;
    for (const Rendition& file : renditions_of(b))
        if (has_rendition_at(a, file.href)) return true;
    return false;
}

void fill_media(Media& into, const Media& from) {
    fill_if_empty(into.role, from.role);
    fill_if_empty(into.caption, from.caption);
    fill_if_empty(into.credit, from.credit);
    fill_if_empty(into.alt_text, from.alt_text);
    fill_if_empty(into.id, from.id);
    fill_if_empty(into.type, from.type);
    fill_if_empty(into.title, from.title);
    fill_if_empty(into.by, from.by);
    fill_if_empty(into.copyright.holder, from.copyright.holder);
    fill_if_empty(into.copyright.notice, from.copyright.notice);
    fill_if_empty(into.copyright.usage_terms, from.copyright.usage_terms);
    std::vector<Rendition> files = renditions_of(into);
    for (const Rendition& file : renditions_of(from)) {
        auto same = std::find_if(files.begin(), files.end(), [&](const Rendition& r) { return r.href == file.href; });
        if (same == files.end()) {
            files.push_back(file);
            continue;
        }
        fill_if_empty(same->name, file.name);
        fill_if_empty(same->mime_type, file.mime_type);
        fill_if_empty(same->width, file.width);
        fill_if_empty(same->height, file.height);
        fill_if_empty(same->bytes, file.bytes);
        fill_if_empty(same->duration, file.duration);
    }
    set_renditions(into, std::move(files));
}

void add_media(std::vector<Media>& media, Media m) {
    for (Media& existing : media) {
        if (!same_item(existing, m)) continue;
        // An image of the body that is also an item of its own is that item.
        bool both_inline = existing.role == media_role::inline_image && m.role == media_role::inline_image;
        if (existing.role == media_role::inline_image) existing.role.clear();
        if (m.role == media_role::inline_image) m.role.clear();
        fill_media(existing, m);
        if (both_inline) existing.role = std::string(media_role::inline_image);
        return;
    }
    media.push_back(std::move(m));
}

void add_association(std::vector<Media>& media, Media item) {
    for (Media& existing : media) {
        if (!same_item(existing, item)) continue;
        if (existing.role == media_role::inline_image) existing.role.clear();
        fill_media(item, existing);
        existing = std::move(item);
        return;
    }
    media.push_back(std::move(item));
}

}  // namespace wirekit
