#include "newsml/newsml_writer.hpp"

#include "core/error.hpp"

namespace wirekit {

std::string write_newsml(const Document&, const WriteOptions&) {
    throw Error(Exit::usage, "the newsml writer is not written yet");
}

}  // namespace wirekit
