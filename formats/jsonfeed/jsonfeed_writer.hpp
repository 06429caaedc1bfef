#pragma once
#include <string>

#include "registry/format.hpp"

namespace wirekit {
std::string write_jsonfeed(const Document& doc, const WriteOptions& options);
}
