#pragma once
#include "registry/format.hpp"

namespace wirekit {
FormatInfo iptc7901_format();
}
