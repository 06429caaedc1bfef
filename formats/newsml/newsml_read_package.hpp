#pragma once
// Packages as stories: a packageItem and the items of its message it
// references become one article, its main text item with the referenced
// pictures, graphics, video and audio as associated items.
#include <pugixml.hpp>

#include <vector>

#include "model/article.hpp"
#include "newsml/newsml_read_context.hpp"

namespace wirekit::newsml {

// One item of a document as read, with its element.
struct ReadItem {
    pugi::xml_node element;
    Article article;
};

// The articles ITEMS (in document order) make. Each packageItem becomes one
// story: the first item its references name (from the root group down,
// groupRefs followed in order) that is a newsItem of ITEMS and no picture,
// graphic, video or audio (a text, in practice), with every
// picture, graphic, video and audio item of ITEMS it references as an
// associated item; without such an item, the package itself is the story.
// A reference to no item of ITEMS gives an associated item when it says it
// points at a picture, graphic, video or audio (association_from_reference),
// else it stays a link (rel: its group's role). Items no package takes stay
// articles of their own, in order.
std::vector<Article> stories_of(ReadContext& ctx, std::vector<ReadItem> items);

}  // namespace wirekit::newsml
