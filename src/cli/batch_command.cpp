#include "cli/batch_command.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli/batch_convert.hpp"
#include "cli/batch_inputs.hpp"
#include "cli/conversion_options.hpp"
#include "cli/report.hpp"

namespace wirekit {

namespace fs = std::filesystem;

void add_batch_options(CLI::App& cmd, ConvertOptions& o) {
    const std::string group = "Batch (with -o FOLDER/)";
    cmd.add_flag("-r,--recursive", o.recursive, "Convert the files in the subfolders of input folders too")->group(group);
    cmd.add_flag("--split", o.split, "Write one file per article instead of one per input")->group(group);
    cmd.add_option("--name", o.name_template, "Output file names from TEMPLATE with {name} {id} {headline} {slug} {date} {source} {ext} {n} (default: '{name}.{ext}', with --split '{date}-{slug}.{ext}')")->group(group);
    cmd.add_flag("--force", o.force, "Overwrite output files that exist")->group(group);
    cmd.add_flag("--fail-fast", o.fail_fast, "Stop at the first input that fails")->group(group);
    cmd.add_option("-j,--jobs", o.jobs, "Convert N inputs of a batch at a time, or read N items of a large RSS or NewsML-G2 input at a time (default: one per core)")->check(CLI::Range(1, 1024));
}

bool is_batch_output(const std::string& output) { return output.ends_with('/'); }

void check_not_batch(const ConvertOptions& o) {
    if (o.recursive || o.split || !o.name_template.empty() || o.force || o.fail_fast)
        throw Error(Exit::usage, "--recursive, --split, --name, --force and --fail-fast are for batch conversion: give an output folder with -o FOLDER/");
}

namespace {

std::string folder_path(const std::string& output) {
    std::string dir = output;
    while (dir.size() > 1 && dir.ends_with('/')) dir.pop_back();
    return dir;
}

void make_folder(const std::string& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir, ec))
        throw Error(Exit::cant_create, "cannot create the output folder: " + (ec ? ec.message() : "not a folder"), dir);
}

void print_summary(const BatchResult& r, std::size_t inputs, unsigned jobs, double seconds) {
    char line[256];
    std::snprintf(line, sizeof line, "wirekit: note: converted %zu of %zu inputs to %zu files with -j %u in %.2f s (%.0f inputs/s)",
                  r.converted, inputs, r.files, jobs, seconds, seconds > 0 ? static_cast<double>(inputs) / seconds : 0.0);
    std::cerr << line;
    if (r.failed) std::cerr << "; " << r.failed << " failed";
    if (r.skipped) std::cerr << "; " << r.skipped << " skipped after the first failure";
    std::cerr << '\n';
}

}  // namespace

int run_batch_convert(const ConvertOptions& o, const GlobalOptions& global) {
    auto start = std::chrono::steady_clock::now();
    if (o.to.empty()) throw Error(Exit::usage, "a batch conversion needs -t FORMAT: the format of the files in " + o.output);
    Detection out = detect_output_format("-", o.to);
    if (o.inputs.empty()) throw Error(Exit::usage, "a batch conversion needs INPUT files or folders");
    NameTemplate names(o.name_template.empty() ? (o.split ? "{date}-{slug}.{ext}" : "{name}.{ext}") : o.name_template);
    InputSettings settings = input_settings(o);
    check_input_settings(settings);
    settings.threads = 1;  // the inputs are read -j at a time instead
    Diagnostics diag;  // for the writer's options; every input has its own
    std::string dir = folder_path(o.output);
    make_folder(dir);
    unsigned jobs = o.jobs ? o.jobs : default_jobs();
    BatchJob job{.inputs = batch_input_files(o.inputs, o.recursive, dir),
                 .outdir = dir,
                 .output = out,
                 .settings = settings,
                 .write = writing_options(o, out, diag),
                 .names = names,
                 .split = o.split,
                 .force = o.force,
                 .fail_fast = o.fail_fast,
                 .jobs = jobs};
    BatchResult result = run_batch(job, global);
    if (global.verbose)
        print_summary(result, job.inputs.size(), jobs, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    if (result.failed == 0) return 0;
    std::cerr << "wirekit: error: " << result.failed << " of " << job.inputs.size() << " inputs failed (see above)"
              << (result.skipped ? "; " + std::to_string(result.skipped) + " not tried after --fail-fast stopped" : "") << '\n';
    return static_cast<int>(result.status);
}

}  // namespace wirekit
