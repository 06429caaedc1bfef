#include "cli/cmd_detect.hpp"

#include <iostream>

#include "cli/read_inputs.hpp"
#include "http/http_input.hpp"
#include "io/input.hpp"
#include "registry/detect.hpp"
#include "report/error.hpp"

namespace wirekit {

void add_detect_command(CLI::App& app, DetectOptions& o) {
    auto* cmd = app.add_subcommand("detect", "Print the format of each input and the rule that decided");
    cmd->add_option("inputs", o.inputs, "Input files ('-' or none: standard input)");
    add_input_limit_option(*cmd, o.max_input_size);
}

// One line per input: "NAME<TAB>FORMAT<TAB>RULE". An input that cannot be read
// or recognised is reported on stderr and the others still go on.
int run_detect(const DetectOptions& o) {
    std::vector<std::string> names = o.inputs.empty() ? std::vector<std::string>{"-"} : o.inputs;
    std::size_t limit = o.max_input_size ? o.max_input_size : default_max_input_size;
    int status = 0;
    for (const auto& name : names) {
        try {
            Input input = read_input_or_url(name, limit);
            Detection d = detect_input_format(name, input.bytes, "");
            std::cout << display_name(name) << '\t' << d.format->id << '\t' << d.rule << '\n';
        } catch (const Error& e) {
            std::cerr << "wirekit: " << e.format() << '\n';
            if (status == 0) status = static_cast<int>(e.code());
        }
    }
    std::cout.flush();
    return status;
}

}  // namespace wirekit
