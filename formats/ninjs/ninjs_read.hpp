#pragma once
// ninjs objects (any version) to the article model: the parts of the reader
// that ninjs_reader.cpp puts together. The mapping is in README.md.
#include <nlohmann/json.hpp>

#include "json/json_read.hpp"
#include "model/article.hpp"
#include "ninjs/ninjs_keys.hpp"

namespace wirekit {

// The version of one ninjs object, from its "$schema" link or "standard"
// object, else from the names of its properties; RULE says which decided.
struct NinjsVersionGuess {
    NinjsVersion version = NinjsVersion::v2;
    std::string rule;
};
NinjsVersionGuess detect_ninjs_version(const nlohmann::json& object);

// One ninjs object of VERSION as an article.
Article article_from_ninjs(const JsonObject& item, NinjsVersion version);

// The parts: headlines and bodies and descriptions; people, places, subjects
// and the like; renditions and associations.
void read_ninjs_text(const JsonObject& item, NinjsVersion version, Article& out);
void read_ninjs_concepts(const JsonObject& item, NinjsVersion version, Article& out);
void read_ninjs_media(const JsonObject& item, NinjsVersion version, Article& out);

// The main headline of ITEM (an associated object, say) as plain text.
std::string ninjs_headline(const JsonObject& item, NinjsVersion version);

// Plain text (paragraphs at blank lines, else at line ends) as body blocks.
Body ninjs_text_body(std::string_view text);

// The text of a headline, description or body VALUE without markup, when its
// CONTENT_TYPE or ROLE (or, lacking both, its first character) says HTML.
std::string ninjs_plain_text(std::string_view value, std::string_view content_type, std::string_view role);

}  // namespace wirekit
