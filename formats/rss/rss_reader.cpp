#include "rss/rss_reader.hpp"

#include "core/error.hpp"

namespace wirekit {

Document read_rss(std::string_view, const ReadOptions& options) {
    throw Error(Exit::data, "the rss reader is not written yet", options.source);
}

int sniff_rss(std::string_view) { return 0; }

}  // namespace wirekit
