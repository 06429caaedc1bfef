#pragma once
// A regular file's bytes mapped into memory to be read where they lie: no
// copy, and no fresh memory for the kernel to clear first (for a 30 MB feed,
// 15-20 ms of a 150 ms conversion, before any thread could start).
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace wirekit {

class MappedFile {
public:
    // Maps the file NAME, shown as SHOWN in errors. nullptr when it is not a
    // regular file, is empty or cannot be mapped, or when another file is
    // mapped now: the caller then reads it. Throws Error 65 when it is larger
    // than MAX_SIZE, as reading it does.
    static std::unique_ptr<MappedFile> map(const std::string& name, const std::string& shown, std::size_t max_size);

    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();

    std::string_view bytes() const { return {data_, size_}; }
    // Throws Error 74 when the file was cut short while it was mapped. Its
    // bytes past the new end then read as zeros (rather than the process
    // being killed by SIGBUS), so what was read from them must not be kept.
    void check_not_cut_short() const;

private:
    MappedFile(const char* data, std::size_t size, std::string shown) : data_(data), size_(size), shown_(std::move(shown)) {}

    const char* data_;
    std::size_t size_;
    std::string shown_;
};

}  // namespace wirekit
