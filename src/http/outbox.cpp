#include "http/outbox.hpp"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "io/input.hpp"
#include "io/output.hpp"
#include "report/error.hpp"

namespace wirekit {

namespace {

constexpr std::string_view magic = "wirekit-outbox 1\n";
constexpr std::string_view suffix = ".request";

struct DirCloser {
    void operator()(DIR* d) const { ::closedir(d); }
};

void make_folder(const std::string& path) {
    if (::mkdir(path.c_str(), 0777) != 0 && errno != EEXIST)
        throw Error(Exit::cant_create, std::string("cannot create the outbox folder: ") + std::strerror(errno), path);
}

// Entries are numbered; the number gives the order.
std::string entry_name(unsigned long long number) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%012llu", number);
    return buffer + std::string(suffix);
}

}  // namespace

std::string format_outbox_entry(const HttpRequest& request) {
    std::string out(magic);
    out += request.method + ' ' + request.url + '\n';
    for (const auto& h : request.headers) out += h.name + ": " + h.value + '\n';
    out += '\n';
    return out + request.body;
}

HttpRequest parse_outbox_entry(std::string_view text, const std::string& source) {
    auto bad = [&](const std::string& why) { return Error(Exit::data, "not an outbox entry: " + why, source); };
    if (!text.starts_with(magic)) throw bad("it does not start with '" + std::string(magic.substr(0, magic.size() - 1)) + "'");
    text.remove_prefix(magic.size());
    auto next_line = [&]() {
        auto end = text.find('\n');
        if (end == std::string_view::npos) throw bad("it ends before its body");
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end + 1);
        return line;
    };
    HttpRequest request;
    std::string_view first = next_line();
    auto space = first.find(' ');
    if (space == std::string_view::npos || space == 0) throw bad("no method and URL");
    request.method = std::string(first.substr(0, space));
    request.url = std::string(first.substr(space + 1));
    for (std::string_view line = next_line(); !line.empty(); line = next_line()) {
        auto header = parse_header_option(line);
        if (!header) throw bad("malformed header line '" + std::string(line) + "'");
        request.headers.push_back(std::move(*header));
    }
    request.body = std::string(text);
    return request;
}

Outbox::Outbox(std::string dir) : dir_(std::move(dir)) {
    while (dir_.size() > 1 && dir_.back() == '/') dir_.pop_back();
    make_folder(dir_);
}

std::vector<std::string> Outbox::pending() const {
    std::unique_ptr<DIR, DirCloser> d(::opendir(dir_.c_str()));
    if (!d) throw Error(Exit::io, std::string("cannot read the outbox folder: ") + std::strerror(errno), dir_);
    std::vector<std::string> names;
    while (const dirent* e = ::readdir(d.get())) {
        std::string_view name = e->d_name;
        // Dot files are the lock and write_output's temporary files.
        if (!name.starts_with('.') && name.ends_with(suffix)) names.emplace_back(name);
    }
    std::sort(names.begin(), names.end());
    for (auto& n : names) n = dir_ + '/' + n;
    return names;
}

void Outbox::add(const HttpRequest& request) const {
    auto queued = pending();
    unsigned long long last = 0;
    if (!queued.empty()) last = std::strtoull(queued.back().substr(dir_.size() + 1).c_str(), nullptr, 10);
    write_output(dir_ + '/' + entry_name(last + 1), format_outbox_entry(request));
}

HttpRequest Outbox::read(const std::string& path) const { return parse_outbox_entry(read_input(path).bytes, path); }

void Outbox::remove(const std::string& path) const {
    if (::unlink(path.c_str()) != 0) throw Error(Exit::io, std::string("cannot remove the delivered entry: ") + std::strerror(errno), path);
}

void Outbox::reject(const std::string& path) const {
    std::string folder = dir_ + "/rejected";
    make_folder(folder);
    const std::string base = folder + path.substr(path.rfind('/'));
    // link() never replaces: an older refused entry of the same name stays.
    for (int copy = 1;; ++copy) {
        std::string target = copy == 1 ? base : base + '.' + std::to_string(copy);
        if (::link(path.c_str(), target.c_str()) == 0) break;
        if (errno != EEXIST)
            throw Error(Exit::io, std::string("cannot move the refused entry to rejected/: ") + std::strerror(errno), path);
    }
    remove(path);
}

}  // namespace wirekit
