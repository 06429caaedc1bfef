#pragma once
#include "registry/format.hpp"

namespace wirekit {
FormatInfo nitf_format();
}
