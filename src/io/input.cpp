#include "io/input.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "io/input_file.hpp"
#include "report/error.hpp"

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
            if (out.size() + n > max_size) throw_input_too_large(shown, max_size);
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
    InputFileInfo info = check_input_file(name, shown, max_size);
    std::unique_ptr<std::FILE, FileCloser> f(std::fopen(name.c_str(), "rb"));
    if (!f) {
        int err = errno;
        throw Error(err == EACCES ? Exit::no_input : Exit::io, std::string("cannot open: ") + std::strerror(err), shown);
    }
    in.bytes.reserve(info.size);
    read_stream(f.get(), shown, max_size, in.bytes);
    in.modified = info.modified;
    return in;
}

}  // namespace wirekit
