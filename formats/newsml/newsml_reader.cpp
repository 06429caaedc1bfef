#include "newsml/newsml_reader.hpp"

#include "core/error.hpp"

namespace wirekit {

Document read_newsml(std::string_view, const ReadOptions& options) {
    throw Error(Exit::data, "the newsml reader is not written yet", options.source);
}

int sniff_newsml(std::string_view) { return 0; }

}  // namespace wirekit
