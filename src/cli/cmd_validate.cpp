#include "cli/cmd_validate.hpp"

#include <iostream>

#include "cli/read_inputs.hpp"
#include "cli/report.hpp"
#include "cli/validate_input.hpp"
#include "http/http_input.hpp"
#include "io/input.hpp"
#include "registry/detect.hpp"
#include "report/error.hpp"
#include "report/findings_order.hpp"

namespace wirekit {

void add_validate_command(CLI::App& app, ValidateOptions& o) {
    auto* cmd = app.add_subcommand("validate", "Check each input against the rules of its format; print every problem");
    cmd->add_option("inputs", o.inputs, "Input files or URLs ('-' or none: standard input)");
    cmd->add_option("-f,--from", o.from, "Input format (default: from the suffix, then the content)");
    cmd->add_flag("--warnings-as-errors", o.warnings_as_errors, "Count an input with warnings as invalid (65)");
    add_input_limit_option(*cmd, o.max_input_size);
}

namespace {

const char* severity_name(Finding::Severity s) { return s == Finding::Severity::error ? "error" : "warning"; }

std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
}

// Prints the findings of one input on stdout (they are this command's
// output) and, under -v, its verdict; returns whether it is valid.
bool report_input(const std::string& source, std::string_view format, const Findings& findings, const ValidateOptions& o,
                  const GlobalOptions& global) {
    std::size_t errors = 0, warnings = 0;
    for (const auto& f : findings_in_order(findings)) {
        (f.severity == Finding::Severity::error ? errors : warnings)++;
        if (!global.quiet)
            std::cout << location_prefix(source, f.line, f.column) << severity_name(f.severity) << ": " << f.message << '\n';
    }
    bool valid = errors == 0 && (!o.warnings_as_errors || warnings == 0);
    if (global.verbose) {
        std::cout << source << ": " << (valid ? "valid" : "invalid") << " (" << format << ")";
        if (errors || warnings) std::cout << ": " << plural(errors, "error") << ", " << plural(warnings, "warning");
        std::cout << '\n';
    }
    return valid;
}

}  // namespace

// Every input is checked, whatever happens to the others. Status: 0 when all
// are valid; else that of the first input that could not be read (66, 74,
// ...), which outranks 65 (an input that is invalid, too large, or of a
// format that cannot be told). Standard output is flushed before anything
// goes to standard error, so that a terminal shows both in order.
int run_validate(const ValidateOptions& o, const GlobalOptions& global) {
    InputSettings settings{o.from, "", "", true, o.max_input_size};
    check_input_settings(settings);
    std::vector<std::string> names = o.inputs.empty() ? std::vector<std::string>{"-"} : o.inputs;
    std::size_t limit = o.max_input_size ? o.max_input_size : default_max_input_size;
    int status = 0;
    for (const auto& name : names) {
        Diagnostics diag;
        std::cout.flush();
        try {
            Input input = read_input_or_url(name, limit);
            Detection detection = detect_input_format(name, input.bytes, o.from);
            Findings findings = validate_input(input, detection, settings, diag);
            if (global.verbose) print_diagnostics(diag, global);
            if (!report_input(display_name(name), detection.format->id, findings, o, global) && status == 0)
                status = static_cast<int>(Exit::data);
        } catch (const Error& e) {
            if (global.verbose) print_diagnostics(diag, global);
            std::cerr << "wirekit: " << e.format() << '\n';
            if (status == 0 || status == static_cast<int>(Exit::data)) status = static_cast<int>(e.code());
        }
    }
    std::cout.flush();
    return status;
}

}  // namespace wirekit
