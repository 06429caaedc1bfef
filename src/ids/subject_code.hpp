#pragma once
// IPTC Subject NewsCodes, the eight-digit codes of NITF's tobject.subject and
// NewsML 1.x's SubjectCode: 04000000 a subject, 04011000 a matter of it,
// 04011002 a detail of that.
#include <string>
#include <string_view>

#include "model/article.hpp"

namespace wirekit {

// The QCode alias IPTC's catalog gives the Subject NewsCodes.
inline constexpr std::string_view subject_code_scheme = "subj";

// Whether CODE is eight digits.
bool is_subject_code(std::string_view code);

// 1 for a subject (XX000000), 2 for a matter (XXYYY000), 3 for a detail; 0
// when CODE is no subject code.
int subject_code_level(std::string_view code);

// The concept of CODE in the Subject NewsCodes: scheme "subj", the code, its
// URI, NAME.
Concept subject_code_concept(std::string_view code, std::string name);

}  // namespace wirekit
