#pragma once
// One newsItem or packageItem -> one Article.
#include <pugixml.hpp>

#include <optional>
#include <string>

#include "model/article.hpp"
#include "newsml/newsml_read_context.hpp"

namespace wirekit::newsml {

// What a newsMessage says for all its items.
struct MessageDefaults {
    std::optional<int> priority;  // header/priority
};

Article read_item(ReadContext& ctx, pugi::xml_node item, const MessageDefaults& defaults);

}  // namespace wirekit::newsml
