#include "jsonfeed/jsonfeed_writer.hpp"

#include "core/error.hpp"

namespace wirekit {

std::string write_jsonfeed(const Document&, const WriteOptions&) {
    throw Error(Exit::usage, "the jsonfeed writer is not written yet");
}

}  // namespace wirekit
