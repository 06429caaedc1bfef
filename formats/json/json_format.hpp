#pragma once
#include "registry/format.hpp"

namespace wirekit {
FormatInfo json_format();
FormatInfo jsonl_format();
}  // namespace wirekit
