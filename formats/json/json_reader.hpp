#pragma once
// Reads wirekit's own lossless JSON model: one document (`json`) or one
// article per line (`jsonl`).
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {
Document read_json(std::string_view bytes, const ReadOptions& options);
Document read_jsonl(std::string_view bytes, const ReadOptions& options);
int sniff_json(std::string_view prefix);
int sniff_jsonl(std::string_view prefix);
}  // namespace wirekit
