#pragma once
// Turning input bytes into UTF-8 text: BOM removal, and bytes that are not
// UTF-8 decoded as Windows-1252 (what undeclared wire text nearly always is).
#include <string>
#include <string_view>

namespace wirekit {

class Diagnostics;

std::string windows1252_to_utf8(std::string_view bytes);

// Strips a UTF-8 BOM; if the rest is not valid UTF-8 it is decoded as
// Windows-1252 and a warning naming SOURCE is added to DIAG (with STRICT,
// Error 65 instead).
std::string decode_plain_text(std::string_view bytes, const std::string& source, Diagnostics& diag, bool strict = false);

}  // namespace wirekit
