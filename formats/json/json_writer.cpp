#include "json/json_writer.hpp"

namespace wirekit {

std::string write_json(const Document&, const WriteOptions&) { return "{}\n"; }
std::string write_jsonl(const Document&, const WriteOptions&) { return {}; }

}  // namespace wirekit
