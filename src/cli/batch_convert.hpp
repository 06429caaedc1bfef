#pragma once
// Batch conversion: many inputs into an output folder, one file per input
// (or per article), converted in parallel with the same outputs, names and
// messages as one at a time.
#include <cstddef>
#include <string>
#include <vector>

#include "cli/options.hpp"
#include "cli/read_inputs.hpp"
#include "io/output_names.hpp"
#include "registry/detect.hpp"
#include "report/error.hpp"

namespace wirekit {

struct BatchJob {
    std::vector<std::string> inputs;  // files, in the order their names are given out
    std::string outdir;               // exists
    Detection output;
    InputSettings settings;
    WriteOptions write;  // its diag is set per input
    NameTemplate names;
    bool split = false;      // one file per article
    bool force = false;      // overwrite files that exist
    bool fail_fast = false;  // stop at the first failure
    unsigned jobs = 1;
};

struct BatchResult {
    std::size_t converted = 0;  // inputs written out completely
    std::size_t failed = 0;     // inputs with an error
    std::size_t skipped = 0;    // inputs left after --fail-fast stopped
    std::size_t files = 0;      // files written
    Exit status = Exit::ok;     // that of the first failure
};

// Inputs at least this many show a progress bar (on a terminal).
inline constexpr std::size_t progress_min_inputs = 100;

// Converts every input of JOB. Each input's diagnostics and error are printed
// in input order as it finishes; a failed input does not stop the others
// (unless fail_fast). Files are written atomically, and the file system is
// synced once at the end. A name already taken in this run gets a number; a
// file that exists is an error (73) for that output unless force.
BatchResult run_batch(const BatchJob& job, const GlobalOptions& global);

}  // namespace wirekit
