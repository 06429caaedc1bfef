#include "cli/batch_convert.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

#include "cli/report.hpp"
#include "http/http_input.hpp"
#include "io/atomic_file.hpp"
#include "io/progress_bar.hpp"

namespace wirekit {

namespace {

struct PlannedFile {
    NameFields fields;
    std::string bytes;
    std::string path;  // given at the input's turn; "" when refused
};

// One input converted in memory, waiting for its turn to be named and reported.
struct Converted {
    Diagnostics diag;
    std::optional<Error> error;
    std::vector<PlannedFile> files;
    bool refused = false;  // an output exists and is not overwritten
};

std::string suffix_of(const Detection& output) {
    auto suffixes = output.format->suffixes;
    return suffixes.empty() ? std::string(output.format->id) : std::string(suffixes.front().substr(1));
}

void convert_input(const std::string& name, const BatchJob& job, Converted& c) {
    std::size_t limit = job.settings.max_input_size ? job.settings.max_input_size : default_max_input_size;
    WriteOptions wo = job.write;
    wo.diag = &c.diag;
    std::string ext = suffix_of(job.output);
    try {
        Input input = read_input_or_url(name, limit);
        Detection detection = detect_input_format(name, input.bytes, job.settings.from);
        Document doc = read_input_document(input, detection, job.settings, c.diag);
        if (!job.split) {
            const Article* first = doc.articles.empty() ? nullptr : &doc.articles.front();
            c.files.push_back({name_fields(name, first, ext, 1), job.output.format->write(doc, wo), {}});
            return;
        }
        for (std::size_t i = 0; i < doc.articles.size(); ++i) {
            Document one{doc.feed, {doc.articles[i]}};
            c.files.push_back({name_fields(name, &doc.articles[i], ext, i + 1), job.output.format->write(one, wo), {}});
        }
    } catch (const Error& e) {
        c.error = e;
    } catch (const std::bad_alloc&) {
        c.error = Error(Exit::io, "out of memory", display_name(name));
    }
}

void print_error(const Error& e) { std::cerr << "wirekit: " << e.format() << '\n'; }

// Syncs the file system holding DIR once, for all the files written without
// a sync of their own.
void sync_folder(const std::string& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::syncfs(fd) != 0) {
        int err = errno;
        if (fd >= 0) ::close(fd);
        throw Error(Exit::io, std::string("cannot flush the outputs to disk: ") + std::strerror(err), dir);
    }
    ::close(fd);
}

class BatchRun {
public:
    BatchRun(const BatchJob& job, const GlobalOptions& global)
        : job_(job), global_(global),
          bar_(STDERR_FILENO, job.inputs.size(),
               !global.quiet && job.inputs.size() >= progress_min_inputs && ::isatty(STDERR_FILENO)) {}

    BatchResult run() {
        unsigned threads = std::max(1u, std::min<unsigned>(job_.jobs, static_cast<unsigned>(job_.inputs.size())));
        if (threads == 1) {
            work();
        } else {
            std::vector<std::jthread> pool;
            for (unsigned i = 0; i < threads; ++i) pool.emplace_back([this] { work(); });
        }
        bar_.clear();
        if (result_.files > 0) sync_folder(job_.outdir);
        return result_;
    }

private:
    void work() {
        for (std::size_t i = next_++; i < job_.inputs.size(); i = next_++) {
            Converted c;
            c.diag = Diagnostics(kept_for(global_));
            // After --fail-fast stopped the batch, what is left is only counted.
            if (!stopped_) convert_input(job_.inputs[i], job_, c);
            if (take_turn(i, c)) write_files(c);
        }
    }

    void fail(const Error& e) {
        bar_.clear();
        print_error(e);
        if (result_.status == Exit::ok) result_.status = e.code();
        if (job_.fail_fast) stopped_ = true;
    }

    // In input order: names the files, prints what the input's conversion
    // said. Returns whether there is anything to write.
    bool take_turn(std::size_t i, Converted& c) {
        std::unique_lock lock(mutex_);
        turn_changed_.wait(lock, [&] { return turn_ == i; });
        bool write = false;
        if (stopped_) {
            ++result_.skipped;
        } else {
            const auto& all = c.diag.all();
            if (std::any_of(all.begin(), all.end(), [&](const Diagnostic& d) { return is_shown(d, global_); })) {
                bar_.clear();
                print_diagnostics(c.diag, global_);
            }
            if (c.error) {
                ++result_.failed;
                fail(*c.error);
            } else {
                write = name_files(c);
            }
        }
        ++turn_;
        bar_.update(turn_);
        turn_changed_.notify_all();
        return write;
    }

    bool name_files(Converted& c) {
        for (auto& file : c.files) {
            std::string path = job_.outdir + "/" + names_.claim(job_.names.expand(file.fields));
            if (!job_.force && ::access(path.c_str(), F_OK) == 0) {
                c.refused = true;
                fail(Error(Exit::cant_create, "exists; not overwritten (use --force to overwrite)", path));
                continue;
            }
            file.path = std::move(path);
        }
        ++(c.refused ? result_.failed : result_.converted);
        return !c.files.empty();
    }

    void write_files(const Converted& c) {
        std::size_t written = 0;
        std::optional<Error> error;
        for (const auto& file : c.files) {
            if (file.path.empty()) continue;
            try {
                AtomicFile out(file.path, AtomicFile::Sync::by_caller);
                out.write(file.bytes);
                out.commit();
                ++written;
            } catch (const Error& e) {
                if (!error) error = e;
            }
        }
        std::lock_guard lock(mutex_);
        result_.files += written;
        if (!error) return;
        if (!c.refused) {  // counted as converted at its turn
            --result_.converted;
            ++result_.failed;
        }
        fail(*error);
    }

    const BatchJob& job_;
    const GlobalOptions& global_;
    std::mutex mutex_;
    std::condition_variable turn_changed_;
    std::size_t turn_ = 0;             // the input whose turn it is
    std::atomic<std::size_t> next_{0};  // the next input to convert
    std::atomic<bool> stopped_{false};
    NameClaims names_;
    ProgressBar bar_;
    BatchResult result_;
};

}  // namespace

BatchResult run_batch(const BatchJob& job, const GlobalOptions& global) { return BatchRun(job, global).run(); }

}  // namespace wirekit
