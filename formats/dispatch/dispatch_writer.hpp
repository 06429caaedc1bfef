#pragma once
// Writes articles as plain-text dispatches; byte-exact for canonical input.
#include <string>

#include "registry/format.hpp"

namespace wirekit {
std::string write_dispatch(const Document& doc, const WriteOptions& options);
}
