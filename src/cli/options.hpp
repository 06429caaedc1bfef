#pragma once
// Options every command shares.
namespace wirekit {

struct GlobalOptions {
    bool verbose = false;
    bool quiet = false;
};

}  // namespace wirekit
