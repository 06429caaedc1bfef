#pragma once
#include <string>

#include "registry/format.hpp"

namespace wirekit {
std::string write_rss(const Document& doc, const WriteOptions& options);
}
