#include "jsonfeed/jsonfeed_reader.hpp"

#include "core/error.hpp"

namespace wirekit {

Document read_jsonfeed(std::string_view, const ReadOptions& options) {
    throw Error(Exit::data, "the jsonfeed reader is not written yet", options.source);
}

int sniff_jsonfeed(std::string_view) { return 0; }

}  // namespace wirekit
