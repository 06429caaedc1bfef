#pragma once
#include "registry/format.hpp"

namespace wirekit {
FormatInfo anpa_format();
}
