#pragma once
// Telling the user (with -v) which fields a writer could not carry.
#include <string>
#include <string_view>
#include <vector>

#include "model/article.hpp"
#include "report/diagnostics.hpp"

namespace wirekit {

// The snake_case names (as in the json format) of ARTICLE's fields that hold
// something.
std::vector<std::string_view> filled_fields(const Article& article);

// Adds one note naming the fields that some article of DOC fills but FORMAT does
// not keep (KEPT lists what it does keep).
void note_dropped_fields(const Document& doc, std::string_view format, const std::vector<std::string_view>& kept,
                         Diagnostics& diag);

}  // namespace wirekit
