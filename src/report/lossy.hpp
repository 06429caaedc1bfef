#pragma once
// Telling the user (with -v) which fields a writer could not carry.
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
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

// Adds one note that FORMAT derived, for WHOSE ("the channel's"), the values
// of VALUES whose flag is set, since the format requires them and the source
// has none; nothing when none is set.
void note_derived_values(Diagnostics& diag, std::string_view format, std::string_view whose,
                         std::initializer_list<std::pair<std::string_view, bool>> values);

}  // namespace wirekit
