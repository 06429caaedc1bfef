#include "io/input_stream.hpp"

#include <sys/mman.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <iostream>
#include <limits>

#include "io/input_file.hpp"
#include "report/error.hpp"

namespace wirekit {

namespace {

// A whole file is read into memory that is then touched page by page. Where
// Linux gives huge pages on request, asking for them turns a 30 MB input's
// 7,000 page faults into fifteen. Only a hint: refused, nothing changes.
void ask_for_huge_pages(char* data, std::size_t size) {
#if defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t huge_page = 2 << 20;
    std::uintptr_t begin = (reinterpret_cast<std::uintptr_t>(data) + huge_page - 1) & ~(huge_page - 1);
    std::uintptr_t end = (reinterpret_cast<std::uintptr_t>(data) + size) & ~(huge_page - 1);
    if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)data;
    (void)size;
#endif
}

}  // namespace

InputStream::InputStream(std::string name, std::size_t max_size) : name_(std::move(name)), max_size_(max_size) {
    if (name_ == "-") return;
    // The size limit is not checked here: a stream read line by line may be
    // larger than the limit, which then applies to each line.
    InputFileInfo info = check_input_file(name_, shown(), std::numeric_limits<std::size_t>::max());
    modified_ = info.modified;
    size_hint_ = info.size;
    errno = 0;
    file_.open(name_, std::ios::binary);
    if (!file_) {
        int err = errno;
        throw Error(err == EACCES ? Exit::no_input : Exit::io, std::string("cannot open: ") + std::strerror(err ? err : EIO), shown());
    }
}

Input InputStream::described() const {
    Input input;
    input.name = name_;
    input.modified = modified_;
    return input;
}

std::istream& InputStream::stream() { return name_ == "-" ? std::cin : file_; }

std::string InputStream::read_some(std::size_t n) {
    std::string bytes(n, '\0');
    std::istream& in = stream();
    in.read(bytes.data(), static_cast<std::streamsize>(n));
    if (in.bad()) throw Error(Exit::io, std::string("cannot read: ") + std::strerror(errno ? errno : EIO), shown());
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

Input InputStream::read_rest(std::string prefix) {
    Input input = described();
    input.bytes = std::move(prefix);
    if (size_hint_ > max_size_ || input.bytes.size() > max_size_) throw_input_too_large(shown(), max_size_);
    constexpr std::size_t chunk = 1 << 16;
    input.bytes.reserve(size_hint_ + chunk);
    ask_for_huge_pages(input.bytes.data(), input.bytes.capacity());
    while (stream()) {
        std::size_t had = input.bytes.size();
        input.bytes.resize(had + chunk);
        stream().read(input.bytes.data() + had, static_cast<std::streamsize>(chunk));
        if (stream().bad()) throw Error(Exit::io, std::string("cannot read: ") + std::strerror(errno ? errno : EIO), shown());
        input.bytes.resize(had + static_cast<std::size_t>(stream().gcount()));
        if (input.bytes.size() > max_size_) throw_input_too_large(shown(), max_size_);
    }
    return input;
}

}  // namespace wirekit
