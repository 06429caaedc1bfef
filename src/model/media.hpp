#pragma once
// The files of an associated item (Media) as one list, and what readers and
// writers of every format ask of an item.
#include <string_view>
#include <vector>

#include "model/article.hpp"

namespace wirekit {

// Roles readers give media (Media::role) that say where they came from.
namespace media_role {
inline constexpr std::string_view enclosure = "enclosure";  // RSS enclosure, Atom link rel="enclosure"
inline constexpr std::string_view thumbnail = "thumbnail";  // media:thumbnail of no media:content
inline constexpr std::string_view inline_image = "inline";  // an <img> inside the HTML body
}  // namespace media_role

// Every file of M, its first one first; none when it has no file (a bare
// reference to an item by its id).
std::vector<Rendition> renditions_of(const Media& m);

// M's files become FILES: the first in url ... duration and rendition, the
// others in renditions.
void set_renditions(Media& m, std::vector<Rendition> files);

// FILE becomes M's first file when it has none, else one more rendition.
void add_rendition(Media& m, Rendition file);

// Whether one of M's files is at HREF.
bool has_rendition_at(const Media& m, std::string_view href);

// Whether TYPE (an article's or an item's) is picture, graphic, video or audio.
bool is_media_type(std::string_view type);

// M's type, else the one its first file's MIME type names (image/ picture,
// video/ video, audio/ audio); "" when neither says.
std::string_view type_of(const Media& m);

// Whether M says more about its item than its one file (where it is, what
// kind of file, how big) and its role: an id, title, caption, credit, by,
// copyright, alt text, type or several files.
bool says_more_than_a_file(const Media& m);

// Whether M's items are the same: the same id, or a file at the same place.
bool same_item(const Media& a, const Media& b);

// Fills what INTO lacks from FROM (the same item, met twice): every empty
// field, and FROM's files INTO does not have yet.
void fill_media(Media& into, const Media& from);

// Adds M to MEDIA; when the same item is there already (same_item), its
// empty fields and missing files are filled from M instead. The entry keeps
// the role of an inline image only when both are one.
void add_media(std::vector<Media>& media, Media m);

// Adds ITEM, an associated item, to MEDIA. An entry that is the same item
// (an <img> of the body at one of its files, the item met twice) becomes
// ITEM, keeping its place and filling what ITEM lacks, but for the role of
// an inline image.
void add_association(std::vector<Media>& media, Media item);

}  // namespace wirekit
