#pragma once
// URL helpers shared by readers: resolving relative references and refusing
// schemes that must never reach output.
#include <string>
#include <string_view>

namespace wirekit {

// REF resolved against BASE (RFC 3986 section 5.2, without normalising
// percent-encoding); REF itself when BASE is empty or REF is absolute.
std::string resolve_url(std::string_view base, std::string_view ref);

// False for javascript:, vbscript: and data: URLs (case-insensitive, spaces and
// control characters ignored, as browsers do).
bool is_safe_url(std::string_view url);

}  // namespace wirekit
