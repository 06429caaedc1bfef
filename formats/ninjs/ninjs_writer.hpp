#pragma once
#include <string>

#include "registry/format.hpp"

namespace wirekit {
std::string write_ninjs(const Document& doc, const WriteOptions& options);
}
