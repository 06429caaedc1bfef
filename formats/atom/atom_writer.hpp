#pragma once
#include <string>

#include "registry/format.hpp"

namespace wirekit {
std::string write_atom(const Document& doc, const WriteOptions& options);
}
