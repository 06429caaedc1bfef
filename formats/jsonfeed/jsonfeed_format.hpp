#pragma once
#include "registry/format.hpp"

namespace wirekit {
FormatInfo jsonfeed_format();
}
