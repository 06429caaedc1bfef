#include "ninjs/ninjs_writer.hpp"

#include "core/error.hpp"

namespace wirekit {

std::string write_ninjs(const Document&, const WriteOptions&) {
    throw Error(Exit::usage, "the ninjs writer is not written yet");
}

}  // namespace wirekit
