#include "json/json_reader.hpp"

#include "core/error.hpp"

namespace wirekit {

Document read_json(std::string_view, const ReadOptions& options) {
    throw Error(Exit::data, "json reader not implemented yet", options.source);
}
Document read_jsonl(std::string_view, const ReadOptions& options) {
    throw Error(Exit::data, "jsonl reader not implemented yet", options.source);
}
int sniff_json(std::string_view prefix) { return prefix.starts_with("{") ? 60 : 0; }
int sniff_jsonl(std::string_view) { return 0; }

}  // namespace wirekit
