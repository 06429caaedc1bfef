#pragma once
// The fields the matrix test follows through every conversion, each as a
// normalised string so that formats that spell them differently compare
// equal (whitespace collapsed, dates as UTC instants, bylines without "By").
#include <string>
#include <vector>

#include "model/article.hpp"

namespace wirekit::matrix {

// The field names, as the rows of the kept table name them.
const std::vector<std::string>& followed_fields();

// The values of FIELD in A that a format may keep, normalised (some empty): "published" is the publication time or,
// for formats with one place for both, the first creation time. Empty when A
// does not have the field.
std::vector<std::string> field_values(const Article& a, const std::string& field);

// Whether WRITTEN (field_values() of the article read back from the output)
// keeps one of ORIGINAL (field_values() of the source article), values of
// FIELD, where the kept table says CELL: "yes"; "uri" (kept when it is an
// absolute URI, otherwise some value is derived); "form" (a dateline or byline
// kept when in a form the dispatch reader recognises, otherwise left out);
// "names" (the authors' names kept, the printed byline not). Letter case does
// not count: readers title-case names written in capitals.
bool field_kept(const std::string& field, const std::string& cell, const std::vector<std::string>& original,
                const std::vector<std::string>& written);

}  // namespace wirekit::matrix
