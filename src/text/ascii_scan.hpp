#pragma once
// Skipping runs of plain ASCII many bytes at a time (sixteen with SSE2, eight
// otherwise), for the loops that look at every byte of a feed: HTML text
// checked on reading, JSON strings escaped on writing, spaces collapsed in
// plain text.
#include <cstddef>
#include <string_view>

namespace wirekit {

// The index of the first byte of TEXT, from FROM on, that is a control
// character (below 0x20), not ASCII (0x80 and up), STOP_A or STOP_B;
// TEXT.size() when there is none.
std::size_t skip_plain_ascii(std::string_view text, std::size_t from, char stop_a, char stop_b);
// The same with no stop but control characters and non-ASCII bytes: line
// ends, for one.
std::size_t skip_plain_ascii(std::string_view text, std::size_t from);
// skip_plain_ascii(TEXT, 0, STOP_A, STOP_B), copying the bytes it skips to TO
// on the way: one pass instead of a skip and a copy. TO must have room for
// TEXT.size() bytes; those after the returned count are left undefined.
std::size_t copy_plain_ascii(std::string_view text, char* to, char stop_a, char stop_b);

// The index of the first byte of TEXT, from FROM on, that is not ASCII (0x80
// and up); TEXT.size() when there is none.
std::size_t skip_ascii(std::string_view text, std::size_t from);

// The index of the first byte of TEXT, from FROM on, that markup escapes: &
// < >, and " ' too with QUOTES; TEXT.size() when there is none.
std::size_t skip_unescaped(std::string_view text, std::size_t from, bool quotes);

// The index of the first byte of TEXT, from FROM on, that is STOP, or is LEAD
// followed by FOLLOW_A or FOLLOW_B; TEXT.size() when there is none. XML text
// holds '&' and "<!" or "<?" (comments, CDATA, declarations) rarely, element
// tags often: they are skipped with the text.
std::size_t skip_to_byte_or_pair(std::string_view text, std::size_t from, char stop, char lead, char follow_a,
                                 char follow_b);

// The index of the first byte of TEXT, from FROM on, that is a control
// character (below 0x20) or a space right after another space; TEXT.size()
// when there is none.
std::size_t skip_single_spaced(std::string_view text, std::size_t from);

}  // namespace wirekit
