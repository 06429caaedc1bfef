#pragma once
#include "registry/format.hpp"

namespace wirekit {
FormatInfo newsml1_format();
}
