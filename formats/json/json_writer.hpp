#pragma once
// Writes wirekit's own lossless JSON model.
#include <string>

#include "registry/format.hpp"

namespace wirekit {
std::string write_json(const Document& doc, const WriteOptions& options);
std::string write_jsonl(const Document& doc, const WriteOptions& options);
}  // namespace wirekit
