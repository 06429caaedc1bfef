#include "core/input.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "core/datetime.hpp"
#include "core/error.hpp"
#include "core/http_input.hpp"
#include "core/http_url.hpp"

namespace wirekit {

std::string display_name(const std::string& name) { return name == "-" ? "<stdin>" : name; }

namespace {

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

void read_stream(std::FILE* f, const std::string& shown, std::size_t max_size, std::string& out) {
    char buffer[1 << 16];
    for (;;) {
        std::size_t n = std::fread(buffer, 1, sizeof buffer, f);
        if (n > 0) {
            if (out.size() + n > max_size)
                throw Error(Exit::data, "input is larger than the limit of " + std::to_string(max_size) + " bytes (see --max-input-size)", shown);
            out.append(buffer, n);
        }
        if (n < sizeof buffer) {
            if (std::ferror(f)) throw Error(Exit::io, std::string("cannot read: ") + std::strerror(errno), shown);
            return;
        }
    }
}

}  // namespace

Input read_input(const std::string& name, std::size_t max_size) {
    Input in;
    in.name = name;
    const std::string shown = display_name(name);
    if (name == "-") {
        read_stream(stdin, shown, max_size, in.bytes);
        return in;
    }
    if (is_http_url(name)) {
        HttpSettings settings;
        settings.max_body = max_size;
        Diagnostics unused;  // read_input has no -v channel; fetch shows the HTTP notes
        return fetch_input(name, settings, unused);
    }
    struct stat st {};
    if (::stat(name.c_str(), &st) != 0) {
        int err = errno;
        throw Error(err == ENOENT || err == ENOTDIR ? Exit::no_input : Exit::io, std::string("cannot open: ") + std::strerror(err), shown);
    }
    if (S_ISDIR(st.st_mode)) throw Error(Exit::no_input, "is a folder, not a file", shown);
    if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > max_size)
        throw Error(Exit::data, "input is larger than the limit of " + std::to_string(max_size) + " bytes (see --max-input-size)", shown);
    std::unique_ptr<std::FILE, FileCloser> f(std::fopen(name.c_str(), "rb"));
    if (!f) {
        int err = errno;
        throw Error(err == EACCES ? Exit::no_input : Exit::io, std::string("cannot open: ") + std::strerror(err), shown);
    }
    if (S_ISREG(st.st_mode)) in.bytes.reserve(static_cast<std::size_t>(st.st_size));
    read_stream(f.get(), shown, max_size, in.bytes);
    in.modified = from_unix_seconds(static_cast<long long>(st.st_mtime));
    return in;
}

}  // namespace wirekit
