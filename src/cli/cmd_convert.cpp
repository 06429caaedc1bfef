#include "cli/cmd_convert.hpp"

#include "cli/read_inputs.hpp"
#include "cli/report.hpp"
#include "core/datetime.hpp"
#include "core/error.hpp"
#include "core/input.hpp"
#include "core/output.hpp"
#include "registry/detect.hpp"

namespace wirekit {

void add_convert_command(CLI::App& app, ConvertOptions& o) {
    auto* cmd = app.add_subcommand("convert", "Convert articles from one format to another");
    cmd->add_option("inputs", o.inputs, "Input files ('-' or none: standard input)");
    cmd->add_option("-f,--from", o.from, "Input format (default: from the suffix, then the content)");
    cmd->add_option("-t,--to", o.to, "Output format, with +VARIANT to choose a variant (default: from the suffix of -o)");
    cmd->add_option("-o,--output", o.output, "Output file, written atomically ('-': standard output)");
    cmd->add_option("--wrap", o.wrap, "Hard-wrap text output at N columns (0: no wrapping)")->check(CLI::Range(0, 10000));
    cmd->add_option("--lang", o.language, "Language of the input when the source does not say (BCP 47)");
    cmd->add_option("--date", o.reference_date, "Reference date (YYYY-MM-DD) for dates without a year (default: SOURCE_DATE_EPOCH, else the input's modification time, else today)");
    cmd->add_option("--now", o.now, "The time to state where a format needs one the source lacks (RFC 3339; default: SOURCE_DATE_EPOCH, else the clock)");
    cmd->add_flag("--strict", o.strict, "Treat every recovery from broken input as an error (65)");
    add_input_limit_option(*cmd, o.max_input_size);
}

namespace {

// --now, else SOURCE_DATE_EPOCH; the clock is read only by a writer that needs it.
std::optional<DateTime> writing_time(const std::string& now) {
    if (now.empty()) return source_date_epoch();
    auto t = parse_rfc3339(now);
    if (!t || !t->has_time || !t->has_offset)
        throw Error(Exit::usage, "--now wants a date and time with its offset, e.g. 2024-03-12T08:00:00Z, not '" + now + "'");
    return t;
}

}  // namespace

int run_convert(const ConvertOptions& o, const GlobalOptions& global) {
    Diagnostics diag;
    try {
        // Choose the writer first: a usage error should not cost reading the input.
        Detection out = detect_output_format(o.output, o.to);
        InputSettings settings{o.from, o.language, o.reference_date, o.strict, o.max_input_size};
        check_input_settings(settings);
        std::optional<DateTime> now = writing_time(o.now);
        Document doc = read_inputs(o.inputs, settings, diag);
        diag.note(o.output == "-" ? "<stdout>" : o.output, "writing " + std::string(out.format->id) + " (" + out.rule + ")");
        WriteOptions wo;
        wo.wrap = o.wrap;
        wo.variants = out.variants;
        wo.now = now;
        wo.diag = &diag;
        std::string bytes = out.format->write(doc, wo);
        write_output(o.output, bytes);
    } catch (const Error&) {
        print_diagnostics(diag, global);
        throw;
    }
    print_diagnostics(diag, global);
    return 0;
}

}  // namespace wirekit
