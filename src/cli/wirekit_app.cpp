// The wirekit command line: dispatches to one cmd_<name> per subcommand and
// maps every failure to a sysexits status. It lives in the library, not in
// main.cpp, so that CLI11's classes are defined where the commands use them
// (a benchmark linking the commands alone needs them too).
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/wirekit_app.hpp"
#include "cli/cmd_convert.hpp"
#include "cli/cmd_detect.hpp"
#include "cli/cmd_feed.hpp"
#include "cli/cmd_fetch.hpp"
#include "cli/cmd_formats.hpp"
#include "cli/cmd_push.hpp"
#include "cli/cmd_validate.hpp"
#include "cli/options.hpp"
#include "report/error.hpp"

namespace wirekit {

namespace {

bool is_command(CLI::App& app, const std::string& name) {
    for (const auto* sub : app.get_subcommands([](CLI::App*) { return true; }))
        if (sub->get_name() == name) return true;
    return false;
}

std::string command_names(CLI::App& app) {
    std::string out;
    for (const auto* sub : app.get_subcommands([](CLI::App*) { return true; }))
        out += (out.empty() ? "" : ", ") + sub->get_name();
    return out;
}

}  // namespace

int run_wirekit(int argc, char** argv) {
    CLI::App app{"wirekit converts news articles between wire, XML, feed and JSON formats.", "wirekit"};
    app.require_subcommand(1);
    app.fallthrough();
    app.set_version_flag("--version", std::string("wirekit ") + WIREKIT_VERSION);

    GlobalOptions global;
    auto* verbose = app.add_flag("-v,--verbose", global.verbose, "Explain what is done: detection, forgiven input, dropped fields");
    app.add_flag("-q,--quiet", global.quiet, "Print nothing but errors")->excludes(verbose);

    ConvertOptions convert;
    add_convert_command(app, convert);
    DetectOptions detect;
    add_detect_command(app, detect);
    add_formats_command(app);
    FetchOptions fetch;
    add_fetch_command(app, fetch);
    PushOptions push;
    add_push_command(app, push);
    FeedOptions feed;
    add_feed_command(app, feed);
    ValidateOptions validate;
    add_validate_command(app, validate);

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        if (argc > 1 && argv[1][0] != '-' && !is_command(app, argv[1]))
            std::cerr << "wirekit: error: unknown command '" << argv[1] << "' (commands: " << command_names(app) << ")\n";
        else
            std::cerr << "wirekit: error: " << e.what() << "\n";
        std::cerr << "wirekit: hint: see 'wirekit --help' or 'wirekit COMMAND --help'\n";
        return static_cast<int>(Exit::usage);
    }

    try {
        if (app.got_subcommand("convert")) return run_convert(convert, global);
        if (app.got_subcommand("detect")) return run_detect(detect);
        if (app.got_subcommand("formats")) return run_formats();
        if (app.got_subcommand("fetch")) return run_fetch(fetch, global);
        if (app.got_subcommand("push")) return run_push(push, global);
        if (app.got_subcommand("feed")) return run_feed(feed, global);
        if (app.got_subcommand("validate")) return run_validate(validate, global);
    } catch (const Error& e) {
        std::cerr << "wirekit: " << e.format() << '\n';
        return static_cast<int>(e.code());
    } catch (const std::bad_alloc&) {
        std::cerr << "wirekit: error: out of memory\n";
        return static_cast<int>(Exit::io);
    }
    return static_cast<int>(Exit::usage);
}

}  // namespace wirekit
