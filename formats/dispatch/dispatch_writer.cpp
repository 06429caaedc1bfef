#include "dispatch/dispatch_writer.hpp"

namespace wirekit {

std::string write_dispatch(const Document&, const WriteOptions&) { return {}; }

}  // namespace wirekit
