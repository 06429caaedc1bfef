#pragma once
#include "registry/format.hpp"

namespace wirekit {
FormatInfo zczc_format();
}
