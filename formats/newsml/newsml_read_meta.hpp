#pragma once
// itemMeta, contentMeta, rightsInfo and wirekit's extension elements -> the model.
#include <pugixml.hpp>

#include <optional>
#include <string>

#include "model/article.hpp"
#include "newsml/newsml_read_context.hpp"

namespace wirekit::newsml {

// What the metadata says that is settled only once the whole item is read.
struct ItemFacts {
    pugi::xml_node dateline;        // the dateline element, if any
    std::string title;              // itemMeta/title: a headline of last resort
    bool version_created_derived = false;  // a versionCreated a writer made up: no fallback
    bool priority_given = false;    // a wk:field priority
};

void read_item_meta(ReadContext& ctx, pugi::xml_node item_meta, Article& a, ItemFacts& facts);
void read_content_meta(ReadContext& ctx, pugi::xml_node content_meta, Article& a, ItemFacts& facts);
void read_rights_info(pugi::xml_node rights_info, Article& a);
// wk:field and wk:extension; false for any other element.
bool read_wirekit_element(ReadContext& ctx, pugi::xml_node element, Article& a, ItemFacts& facts);

}  // namespace wirekit::newsml
