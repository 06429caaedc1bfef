#pragma once
// Writes wirekit's own lossless JSON model.
#include <memory>
#include <string>

#include "registry/format.hpp"

namespace wirekit {
std::string write_json(const Document& doc, const WriteOptions& options);
std::string write_jsonl(const Document& doc, const WriteOptions& options);
// write_jsonl one article at a time.
std::unique_ptr<StreamingWriter> jsonl_streaming_writer(const WriteOptions& options);
}  // namespace wirekit
