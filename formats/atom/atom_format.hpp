#pragma once
#include "registry/format.hpp"

namespace wirekit {
FormatInfo atom_format();
}
