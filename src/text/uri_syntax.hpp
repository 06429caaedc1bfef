#pragma once
// Absolute URIs by RFC 3986's grammar, for formats whose schemas say
// "format": "uri" (ninjs uri and href, every JSON Feed URL): a reader may hand
// over anything, a writer must write only what the grammar allows.
#include <optional>
#include <string>
#include <string_view>

namespace wirekit {

// Whether TEXT is an absolute URI: a scheme, then only the characters each
// part of a URI may hold (ASCII; '%' followed by two hex digits).
bool is_absolute_uri(std::string_view text);

// TEXT as an absolute URI, with what no URI may hold percent-encoded (spaces,
// non-ASCII as UTF-8 bytes, a stray '%', a second '#', ...); nullopt when TEXT
// has no scheme (a relative reference, or no URL at all) or an unusable
// authority (a port that is not a number).
std::optional<std::string> to_absolute_uri(std::string_view text);

}  // namespace wirekit
