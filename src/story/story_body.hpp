#pragma once
// The rules a plain-text story's body follows in every text format (the
// dispatch and the wire framings): a byline before the lead, the dateline that
// opens the lead, a trailer of credits and end marks, and the guesses the
// model needs (language, id).
#include <cstddef>
#include <string_view>
#include <vector>

#include "dateline/lead_keys.hpp"
#include "model/article.hpp"
#include "options/read_write_options.hpp"
#include "story/story_paragraphs.hpp"

namespace wirekit {

// Fills A's byline (unless set), dateline, body and trailer from PARAGRAPHS,
// the story after its headline. FORMAT names the extensions' owner; FIRST_LINE
// is the line the story starts at, for notes. Returns the index of the lead
// paragraph in A's body (0 when no dateline marked one).
std::size_t read_story_body(std::vector<TextParagraph> paragraphs, Article& a, std::string_view format, std::size_t first_line,
                     const ReadOptions& opts);

// Sets A's language (--lang, else a guess from its text), its content-derived
// id (from headline, dateline and the lead at LEAD) when it has none, and its type.
void finish_story(Article& a, std::size_t lead, std::size_t first_line, const ReadOptions& opts);

}  // namespace wirekit
