#include "dispatch/dispatch_reader.hpp"

#include "core/error.hpp"

namespace wirekit {

Document read_dispatch(std::string_view, const ReadOptions& options) {
    throw Error(Exit::data, "dispatch reader not implemented yet", options.source);
}

int sniff_dispatch(std::string_view) { return 10; }

}  // namespace wirekit
