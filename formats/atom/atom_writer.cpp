#include "atom/atom_writer.hpp"

#include "core/error.hpp"

namespace wirekit {

std::string write_atom(const Document&, const WriteOptions&) {
    throw Error(Exit::usage, "the atom writer is not written yet");
}

}  // namespace wirekit
