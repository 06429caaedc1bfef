#pragma once
// Text inside wire transmissions: the control characters that frame and lay
// out a message (never text: none may reach an output), the typesetting marks
// at line ends, and AP's 7-bit typography.
#include <cstddef>
#include <string>
#include <string_view>

#include "model/article.hpp"

namespace wirekit {

struct ReadOptions;

// The text of a wire capture: UTF-8 when it is valid UTF-8, else 8-bit text
// in Windows-1252 (Latin-1 with its C1 positions), noted under -v; a charset
// declared outside the bytes (HTTP) wins.
std::string decode_wire_bytes(std::string_view bytes, const ReadOptions& opts);

// SOH, STX, ... DEL and the C1 controls: everything below U+0020 but LF, and
// U+007F-U+009F. TAB counts as a control too (it is layout, not text).
bool is_wire_control(char32_t cp);

// TEXT (UTF-8) with every wire control dropped; TAB becomes a space. With
// KEEP_TABS (a reader that still needs them to find tables), TEXT is one line
// whose leading TABs stay (they mark rows and paragraphs) and whose inner TABs,
// column breaks, become spaces to the next 8-column stop (two at least).
std::string without_wire_controls(std::string_view text, bool keep_tabs = false);

// TEXT as one line of wire copy: controls dropped, white space collapsed.
std::string wire_line(std::string_view text);

// A text line without its line-end typesetting: the quad marks "<" (flush
// left) and "=" (centred), Canadian Press's "@" before them, and spaces.
std::string_view without_quad_marks(std::string_view line);

// Warns (at LINE) when STATED, the word count a header gives, is far from
// the words of A's body: a quarter off and more than 20 words. A count that
// far off means the text was cut or the header belongs to another message.
void check_word_count(const Article& a, const std::string* stated, std::size_t line, const ReadOptions& opts);

// AP's 7-bit typography as text: ``…'' to “…”, a backtick to ‘, " _ " to " — ".
std::string from_ap_typography(std::string_view text);

// And back, for ANPA output: “ ” ‘ ’ — – ½ to `` '' ` ' _ - {.
std::string to_ap_typography(std::string_view text);

}  // namespace wirekit
