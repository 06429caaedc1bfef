#pragma once
// Reader and writer options for tests, with the fields tests care about.
#include <string>

#include "registry/format.hpp"

namespace wirekit::test {

inline ReadOptions read_options(Diagnostics& diag, std::string source = "in", unsigned threads = 1) {
    ReadOptions ro;
    ro.source = std::move(source);
    ro.diag = &diag;
    ro.threads = threads;
    return ro;
}

inline WriteOptions write_options(Diagnostics& diag) {
    WriteOptions wo;
    wo.diag = &diag;
    return wo;
}

}  // namespace wirekit::test
