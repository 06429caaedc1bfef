#pragma once
// One NewsItem: its identification, management, and the NewsComponent tree,
// of which the main text component gives the body and its path of components
// the metadata; media by reference, captions and package references are
// gathered from the whole tree.
#include <pugixml.hpp>

#include <optional>

#include "model/article.hpp"
#include "newsml1/newsml1_read_context.hpp"

namespace wirekit::newsml1 {

// What the NewsEnvelope gives every item.
struct EnvelopeDefaults {
    std::optional<int> priority;
    std::optional<DateTime> sent;  // DateAndTime: the version time of an item that states none
};

Article read_item(ReadContext& ctx, pugi::xml_node item, const EnvelopeDefaults& defaults);

}  // namespace wirekit::newsml1
