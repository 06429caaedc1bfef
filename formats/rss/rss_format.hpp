#pragma once
#include "registry/format.hpp"

namespace wirekit {
FormatInfo rss_format();
}
