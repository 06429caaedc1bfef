#pragma once
#include "registry/format.hpp"

namespace wirekit {
FormatInfo dispatch_format();
}
