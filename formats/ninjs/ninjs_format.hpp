#pragma once
#include "registry/format.hpp"

namespace wirekit {
FormatInfo ninjs_format();
}
