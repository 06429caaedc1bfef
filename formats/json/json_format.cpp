#include "json/json_format.hpp"

#include "json/json_reader.hpp"
#include "json/json_validate.hpp"
#include "json/json_writer.hpp"

namespace wirekit {

FormatInfo json_format() {
    return {"json", {}, {".json"}, {"application/json"},
            "wirekit's lossless article model as one JSON document", sniff_json, read_json, write_json, {}, validate_json};
}

FormatInfo jsonl_format() {
    return {"jsonl", {"ndjson"}, {".jsonl", ".ndjson"}, {"application/x-ndjson"},
            "the same model, one article per line", sniff_jsonl, read_jsonl, write_jsonl, {}, validate_jsonl, nullptr,
            jsonl_streaming_writer};
}

}  // namespace wirekit
