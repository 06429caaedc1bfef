#pragma once
// Media in feeds: Media RSS (media:content, media:thumbnail, media:group),
// shared by RSS and Atom, and the list of an article's media where the same
// URL met twice (an enclosure and its media:content, an <img> in the HTML)
// is one entry.
#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.hpp"
#include "model/media.hpp"

namespace wirekit {

// Media RSS elements at item level that describe the item's media rather
// than being one: media:description, media:title, media:credit,
// media:copyright and media:thumbnail. By the Media RSS rule they apply to
// each medium that does not say the same itself.
class ItemMediaRss {
public:
    // Takes ELEMENT (a child of the item whose local name is LOCAL) when it
    // is one of them.
    bool take(pugi::xml_node element, std::string_view local, std::string_view base_url);

    // Gives every medium of MEDIA but inline images the texts it lacks, and
    // every picture or video without a thumbnail the thumbnails as
    // renditions; with no picture or video, each thumbnail is a medium.
    void apply(std::vector<Media>& media) const;

private:
    Media texts_;
    std::vector<Rendition> thumbnails_;
};

// An item's or entry's Media RSS element LOCAL: media:keywords become
// ARTICLE's keywords; item-level texts and thumbnails go to ITEM_LEVEL;
// media:content (its thumbnails become its renditions named "thumbnail")
// and media:group (one item: the default content first, the others its
// renditions, the group's texts and thumbnails for those that lack them)
// are its media. False for any other element. URLs are resolved against
// BASE_URL; a wk:role or wk:alt attribute (written by write_media_rss) is
// read back.
bool read_item_media(pugi::xml_node element, std::string_view local, std::string_view base_url, Article& article,
                     ItemMediaRss& item_level);

// Writes M under PARENT as media:thumbnail when that says everything about it,
// else as media:content (one file) or media:group (a media:content per file)
// with media:title, media:description, media:credit, media:copyright and its
// renditions named "thumbnail" as media:thumbnail.
// With MARKS (+roundtrip) its role and alt text go into wk:role and wk:alt.
// Elements and attributes use the prefixes media: and wk:, which the caller
// declares.
void write_media_rss(pugi::xml_node parent, const Media& m, bool marks);

// Whether an enclosure (url, type, length) says everything about M.
bool enclosure_says_all(const Media& m);

// media:keywords: a comma-separated list, split and trimmed; and the list
// written back ("a, b"), which reads back as it is when keywords_survive_text.
std::vector<std::string> keywords_from_text(std::string_view text);
std::string keywords_text(const std::vector<std::string>& keywords);
bool keywords_survive_text(const std::vector<std::string>& keywords);

// A non-negative integer attribute value ("123456"); nullopt when it is not one.
std::optional<long long> count_value(std::string_view text);

// A duration in seconds as written ("12.5"), and back; shortest exact form.
std::optional<double> seconds_value(std::string_view text);
std::string seconds_text(double seconds);

}  // namespace wirekit
