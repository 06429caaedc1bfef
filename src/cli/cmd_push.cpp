#include "cli/cmd_push.hpp"

#include <optional>

#include "cli/command_diagnostics.hpp"
#include "cli/conversion_options.hpp"
#include "cli/push_delivery.hpp"
#include "cli/read_inputs.hpp"
#include "io/file_lock.hpp"
#include "io/input.hpp"
#include "report/error.hpp"

namespace wirekit {

void add_push_command(CLI::App& app, PushOptions& o) {
    auto* cmd = app.add_subcommand("push", "Convert articles and send them over HTTP, or queue them in an outbox");
    cmd->add_option("url", o.url, "The http:// or https:// URL to send the articles to");
    cmd->add_option("inputs", o.convert.inputs, "Input files or URLs ('-' or none: standard input)");
    add_reading_options(*cmd, o.convert);
    add_writing_options(*cmd, o.convert);
    cmd->add_option("-X,--method", o.method, "POST (default) or PUT")->check(CLI::IsMember({"POST", "PUT"}));
    cmd->add_flag("--whole", o.whole, "Send all articles in one request instead of one request each");
    cmd->add_option("--outbox", o.outbox, "Queue what cannot be delivered now in this folder (exit 75) instead of failing");
    cmd->add_flag("--drain", o.drain, "Send what --outbox queued, oldest first, removing each once delivered");
    cmd->add_option("--websub", o.websub_hub, "Tell this WebSub hub that --topic changed (after sending any articles)");
    cmd->add_option("--topic", o.topic, "With --websub: the URL of the feed that changed");
    add_http_options(*cmd, o.http);
}

namespace {

void check_usage(const PushOptions& o) {
    auto usage = [](const std::string& message) { return Error(Exit::usage, message); };
    if (o.drain && o.outbox.empty()) throw usage("--drain needs --outbox DIR");
    if (o.drain && (!o.url.empty() || !o.convert.inputs.empty() || !o.websub_hub.empty()))
        throw usage("--drain sends the outbox only; give no URL, input or --websub with it");
    if (o.websub_hub.empty() != o.topic.empty()) throw usage("--websub HUB and --topic URL go together");
    if (!o.drain && o.url.empty() && o.websub_hub.empty()) throw usage("push needs a URL to send to (or --drain, or --websub)");
    if (!o.url.empty() && o.convert.to.empty()) throw usage("push needs -t FORMAT: the format to send the articles in");
}

std::vector<Payload> payloads(const PushOptions& o, Diagnostics& diag) {
    std::vector<Payload> out;
    if (!o.url.empty()) {
        Detection format = detect_output_format("-", o.convert.to);
        WriteOptions wo = writing_options(o.convert, format, diag);
        Document doc = read_inputs(o.convert.inputs, input_settings(o.convert), diag);
        out = article_payloads(doc, *format.format, wo, o.url, o.method, o.whole);
    }
    if (!o.websub_hub.empty()) out.push_back(websub_publish(o.websub_hub, o.topic));
    return out;
}

}  // namespace

int run_push(const PushOptions& o, const GlobalOptions& global) {
    CommandDiagnostics diag(global);
    check_usage(o);
    HttpSettings settings = http_settings(o.http, default_max_input_size);
    std::optional<Outbox> outbox;
    std::optional<FileLock> lock;
    if (!o.outbox.empty()) {
        outbox.emplace(o.outbox);
        // Waits for another push or drain: a push that queues must be
        // able to say so (75) rather than fail before queueing.
        lock.emplace(outbox->lock_path(), "outbox " + outbox->dir(), FileLock::Wait::yes);
    }
    std::size_t rejected = 0;
    if (o.drain)
        rejected = drain_outbox(*outbox, settings, diag);
    else
        rejected = deliver(payloads(o, diag), outbox ? &*outbox : nullptr, settings, diag);
    if (rejected > 0)
        throw Error(Exit::unavailable, std::to_string(rejected) + " outbox " + (rejected == 1 ? "entry was" : "entries were") +
                                           " refused and moved to rejected/", outbox->dir());
    return 0;
}

}  // namespace wirekit
