#pragma once
#include "registry/format.hpp"

namespace wirekit {
FormatInfo newsml_format();
}
