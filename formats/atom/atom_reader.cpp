#include "atom/atom_reader.hpp"

#include "core/error.hpp"

namespace wirekit {

Document read_atom(std::string_view, const ReadOptions& options) {
    throw Error(Exit::data, "the atom reader is not written yet", options.source);
}

int sniff_atom(std::string_view) { return 0; }

}  // namespace wirekit
