#pragma once
// Where a text writer prints the dateline: at the start of the lead
// paragraph, and only in a form its reader finds again.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.hpp"

namespace wirekit {

// The paragraph the dateline opens: FORMAT's lead-index extension, else the
// dispatch's (which the G2 and feed readers fill), else the first.
std::size_t lead_paragraph(const Article& a, std::string_view format, std::size_t paragraphs);

// What separates dateline and lead as the source wrote it (FORMAT's
// extension, else the dispatch's), else FALLBACK.
std::string dateline_separator(const Article& a, std::string_view format, std::string_view fallback);

// Puts DATELINE and SEPARATOR before PARAGRAPHS[LEAD] (or as the only
// paragraph when there is none); false, leaving PARAGRAPHS, when the result
// would not read back as that dateline.
bool put_dateline(std::vector<std::string>& paragraphs, std::size_t lead, const Dateline& dateline, std::string_view separator);

}  // namespace wirekit
