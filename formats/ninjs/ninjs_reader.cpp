#include "ninjs/ninjs_reader.hpp"

#include "core/error.hpp"

namespace wirekit {

Document read_ninjs(std::string_view, const ReadOptions& options) {
    throw Error(Exit::data, "the ninjs reader is not written yet", options.source);
}

int sniff_ninjs(std::string_view) { return 0; }

}  // namespace wirekit
