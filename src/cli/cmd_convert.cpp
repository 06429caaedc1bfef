#include "cli/cmd_convert.hpp"

#include <memory>
#include <string_view>

#include "cli/batch_command.hpp"
#include "cli/conversion_options.hpp"
#include "cli/convert_stream.hpp"
#include "cli/read_inputs.hpp"
#include "cli/report.hpp"
#include "http/http_url.hpp"
#include "io/input.hpp"
#include "io/input_stream.hpp"
#include "io/mapped_file.hpp"
#include "io/output.hpp"
#include "registry/detect.hpp"
#include "report/error.hpp"
#include "time/datetime.hpp"

namespace wirekit {

void add_convert_command(CLI::App& app, ConvertOptions& o) {
    auto* cmd = app.add_subcommand("convert", "Convert articles from one format to another");
    cmd->add_option("inputs", o.inputs, "Input files ('-' or none: standard input)");
    cmd->add_option("-f,--from", o.from, "Input format (default: from the suffix, then the content)");
    cmd->add_option("-t,--to", o.to, "Output format, with +VARIANT to choose a variant (default: from the suffix of -o)");
    cmd->add_option("-o,--output", o.output, "Output file, written atomically ('-': standard output); a folder ending in '/' converts a batch into it");
    cmd->add_option("--wrap", o.wrap, "Hard-wrap text output at N columns (0: no wrapping)")->check(CLI::Range(0, 10000));
    cmd->add_option("--lang", o.language, "Language of the input when the source does not say (BCP 47)");
    cmd->add_option("--date", o.reference_date, "Reference date (YYYY-MM-DD) for dates without a year (default: SOURCE_DATE_EPOCH, else the input's modification time, else today)");
    cmd->add_option("--now", o.now, "The time to state where a format needs one the source lacks (RFC 3339; default: SOURCE_DATE_EPOCH, else the clock)");
    cmd->add_flag("--strict", o.strict, "Treat every recovery from broken input as an error (65)");
    cmd->add_flag("--no-repair-encoding", o.no_repair_encoding, "Leave double-encoded UTF-8 in feeds as it is (\"AdemÃ¡s\"); by default it is repaired");
    add_input_limit_option(*cmd, o.max_input_size);
    add_batch_options(*cmd, o);
}

namespace {

void note_writing(const Detection& out, const std::string& output, Diagnostics& diag) {
    diag.note(output == "-" ? "<stdout>" : output, "writing " + std::string(out.format->id) + " (" + out.rule + ")");
}

void write_document(const Document& doc, const Detection& out, const WriteOptions& wo, const std::string& output,
                    Diagnostics& diag) {
    note_writing(out, output, diag);
    write_output(output, out.format->write(doc, wo));
}

// Converts IN article by article. A file is read where it lies, mapped, when
// it can be; IN's stream is read otherwise, after PREFIX.
void convert_each(InputStream& in, std::string prefix, const Detection& detection, const Detection& out,
                  const InputSettings& settings, const WriteOptions& wo, const std::string& output, Diagnostics& diag) {
    std::unique_ptr<MappedFile> mapped = in.name() == "-" ? nullptr : MappedFile::map(in.name(), in.shown(), in.max_size());
    Input input = mapped ? in.described() : in.read_rest(std::move(prefix));
    std::string_view bytes = mapped ? mapped->bytes() : std::string_view(input.bytes);
    auto check_input = [&] {
        if (mapped) mapped->check_not_cut_short();
    };
    ReadOptions ro = read_options_for(input, detection, settings, diag);
    Diagnostics written;
    try {
        written = convert_article_by_article(bytes, detection, out, ro, wo, output, check_input);
    } catch (const Error&) {
        // What was read past a cut is zeros: the cut, not what they made, is the error.
        check_input();
        throw;
    }
    note_writing(out, output, diag);
    diag.append(written);
}

// One input: its first bytes decide the format, then it is converted line by
// line, or article by article, when both formats allow, else loaded whole and
// converted as one document.
void convert_one(const std::string& name, const Detection& out, const InputSettings& settings, const WriteOptions& wo,
                 const std::string& output, Diagnostics& diag) {
    std::size_t limit = settings.max_input_size ? settings.max_input_size : default_max_input_size;
    InputStream in(name, limit);
    std::string prefix = in.read_some(sniff_prefix_size);
    Detection detection = detect_input_format(name, prefix, settings.from);
    if (reads_line_by_line(detection, prefix) && writes_line_by_line(out)) {
        ReadOptions ro = read_options_for(in.described(), detection, settings, diag);
        note_writing(out, output, diag);
        convert_line_by_line(in, prefix, detection, out, ro, wo, output, limit);
        return;
    }
    if (converts_article_by_article(detection, out))
        return convert_each(in, std::move(prefix), detection, out, settings, wo, output, diag);
    Input input = in.read_rest(std::move(prefix));
    Document doc = read_input_document(input, detection, settings, diag);
    write_document(doc, out, wo, output, diag);
}

}  // namespace

int run_convert(const ConvertOptions& o, const GlobalOptions& global) {
    if (is_batch_output(o.output)) return run_batch_convert(o, global);
    check_not_batch(o);
    Diagnostics diag(kept_for(global));
    try {
        // Choose the writer first: a usage error should not cost reading the input.
        Detection out = detect_output_format(o.output, o.to);
        InputSettings settings = input_settings(o);
        check_input_settings(settings);
        WriteOptions wo = writing_options(o, out, diag);
        std::vector<std::string> inputs = o.inputs.empty() ? std::vector<std::string>{"-"} : o.inputs;
        if (inputs.size() == 1 && !is_http_url(inputs.front())) {
            convert_one(inputs.front(), out, settings, wo, o.output, diag);
        } else {
            Document doc = read_inputs(inputs, settings, diag);
            write_document(doc, out, wo, o.output, diag);
        }
    } catch (const Error&) {
        print_diagnostics(diag, global);
        throw;
    }
    print_diagnostics(diag, global);
    return 0;
}

}  // namespace wirekit
