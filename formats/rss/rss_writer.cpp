#include "rss/rss_writer.hpp"

#include "core/error.hpp"

namespace wirekit {

std::string write_rss(const Document&, const WriteOptions&) {
    throw Error(Exit::usage, "the rss writer is not written yet");
}

}  // namespace wirekit
