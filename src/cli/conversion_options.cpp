#include "cli/conversion_options.hpp"

#include <sched.h>

#include <algorithm>
#include <thread>

#include "report/error.hpp"
#include "time/datetime.hpp"

namespace wirekit {

void add_reading_options(CLI::App& cmd, ConvertOptions& o) {
    cmd.add_option("-f,--from", o.from, "Input format (default: from the suffix, then the content)");
    cmd.add_option("--lang", o.language, "Language of the input when the source does not say (BCP 47)");
    cmd.add_option("--date", o.reference_date, "Reference date (YYYY-MM-DD) for dates without a year (default: SOURCE_DATE_EPOCH, else the input's modification time, else today)");
    cmd.add_flag("--strict", o.strict, "Treat every recovery from broken input as an error (65)");
    cmd.add_flag("--no-repair-encoding", o.no_repair_encoding, "Leave double-encoded UTF-8 in feeds as it is (\"AdemÃ¡s\"); by default it is repaired");
    add_input_limit_option(cmd, o.max_input_size);
}

void add_writing_options(CLI::App& cmd, ConvertOptions& o) {
    cmd.add_option("-t,--to", o.to, "Output format, with +VARIANT to choose a variant");
    cmd.add_option("--wrap", o.wrap, "Hard-wrap text output at N columns (0: no wrapping)")->check(CLI::Range(0, 10000));
    cmd.add_option("--now", o.now, "The time to state where a format needs one the source lacks (RFC 3339; default: SOURCE_DATE_EPOCH, else the clock)");
}

InputSettings input_settings(const ConvertOptions& o) {
    return InputSettings{o.from, o.language, o.reference_date, o.strict, o.max_input_size, !o.no_repair_encoding,
                         o.jobs ? o.jobs : default_jobs()};
}

unsigned default_jobs() {
    // The processors this process may run on (taskset, a container's cpuset), not all the machine's.
    cpu_set_t allowed;
    if (::sched_getaffinity(0, sizeof allowed, &allowed) == 0) return static_cast<unsigned>(std::max(1, CPU_COUNT(&allowed)));
    return std::max(1u, std::thread::hardware_concurrency());
}

std::optional<DateTime> writing_time(const std::string& now) {
    if (now.empty()) return source_date_epoch();
    auto t = parse_rfc3339(now);
    if (!t || !t->has_time || !t->has_offset)
        throw Error(Exit::usage, "--now wants a date and time with its offset, e.g. 2024-03-12T08:00:00Z, not '" + now + "'");
    return t;
}

WriteOptions writing_options(const ConvertOptions& o, const Detection& out, Diagnostics& diag) {
    WriteOptions wo;
    wo.wrap = o.wrap;
    wo.variants = out.variants;
    wo.now = writing_time(o.now);
    wo.diag = &diag;
    return wo;
}

}  // namespace wirekit
