#pragma once
// Associated items in NewsML-G2: a link or package reference to a picture,
// graphic, video or audio item; a picture item of the same message as an
// association of its story; an item's own files (remoteContent) as one item.
#include <pugixml.hpp>

#include <optional>
#include <vector>

#include "model/article.hpp"

namespace wirekit::newsml {

// REF (an itemMeta/link or a package's itemRef) as an associated item, when
// it points at a picture, graphic, video or audio item (its itemClass, else
// its contenttype, says so) with a relation that associates it (none,
// irel:seeAlso, irel:associatedWith): residref (else guidref) its id, href its
// file (unless it is the item's G2 document), a title or description with a
// caption role (or a description) its caption, @title or a title or headline
// without role its title. Nullopt for any other reference.
std::optional<Media> association_from_reference(pugi::xml_node ref);

// A picture (graphic, video, audio) item read as ITEM from ELEMENT, as an
// associated item of a story, met through REF (its itemRef, or none): its
// files, guid, class, headline as title, caption (a description with a
// caption role, else its summary), creditline (else its by-line) as credit,
// by-line (else its creators' names), rights; role and alt text as the wk
// attributes of its first file or of REF keep them.
Media association_from_item(const Article& item, pugi::xml_node element, pugi::xml_node ref);

// The files of a picture, graphic, video or audio item (its remoteContents,
// each read as an item of one file) as renditions of its one content.
Media own_content(std::vector<Media> files);

}  // namespace wirekit::newsml
