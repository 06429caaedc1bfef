#pragma once
// ISO 8601 basic format, as NITF's norm attributes and NewsML 1.x dates write
// it: 20140829T153112+0200, 20140829T135002Z, 20190129T133356 (no zone),
// 20240710 (a date alone).
#include <optional>
#include <string>
#include <string_view>

#include "model/datetime.hpp"

namespace wirekit {

// CCYYMMDD, then optionally T with hhmm, hhmmss or hhmmss,fff (a dot for the
// comma too), then optionally Z, +hh, +hhmm or +hh:mm. Surrounding white space
// is allowed; nothing else.
std::optional<DateTime> parse_iso8601_basic(std::string_view text);

// The basic form first, then the extended one (parse_rfc3339): what agencies
// put where the standards ask for the basic form.
std::optional<DateTime> parse_iso8601_either(std::string_view text);

// DT in the basic form: CCYYMMDD, CCYYMMDDThhmmss, with ",fff" when it has a
// fraction and Z or +hhmm when it has an offset.
std::string format_iso8601_basic(const DateTime& dt);

}  // namespace wirekit
