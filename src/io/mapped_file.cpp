#include "io/mapped_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <mutex>

#include "io/input_file.hpp"
#include "report/error.hpp"

namespace wirekit {

namespace {

// The one file mapped now, for the SIGBUS handler: Linux raises SIGBUS when a
// mapped page lies past the end of a file cut short since it was mapped.
std::atomic<bool> mapping_taken{false};
std::atomic<const char*> mapped_begin{nullptr};
std::atomic<std::size_t> mapped_size{0};
std::atomic<bool> mapped_cut_short{false};
std::uintptr_t page_size = 4096;
struct sigaction handler_before {};

// In the mapped file: zeros in place of the page it no longer has, and the
// read that faulted is retried. Anywhere else: as before this handler (the
// fault happens again there).
void on_bus_error(int, siginfo_t* info, void*) {
    auto at = reinterpret_cast<std::uintptr_t>(info->si_addr);
    auto begin = reinterpret_cast<std::uintptr_t>(mapped_begin.load());
    if (begin != 0 && at >= begin && at < begin + mapped_size.load()) {
        void* page = reinterpret_cast<void*>(at & ~(page_size - 1));
        if (::mmap(page, page_size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED) {
            mapped_cut_short.store(true);
            return;
        }
    }
    ::sigaction(SIGBUS, &handler_before, nullptr);
    if (info->si_code <= 0) ::raise(SIGBUS);  // sent, not a fault: nothing would raise it again
}

void install_bus_error_handler() {
    static std::once_flag installed;
    std::call_once(installed, [] {
        page_size = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
        struct sigaction action {};
        action.sa_sigaction = on_bus_error;
        action.sa_flags = SA_SIGINFO;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGBUS, &action, &handler_before);
    });
}

}  // namespace

std::unique_ptr<MappedFile> MappedFile::map(const std::string& name, const std::string& shown, std::size_t max_size) {
    InputFileInfo info = check_input_file(name, shown, max_size);
    if (!info.regular || info.size == 0) return nullptr;
    bool taken = false;
    if (!mapping_taken.compare_exchange_strong(taken, true)) return nullptr;
    int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
    // Populated at once: the pages are the page cache's, with no fault each.
    void* data = fd < 0 ? MAP_FAILED : ::mmap(nullptr, info.size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (fd >= 0) ::close(fd);
    if (data == MAP_FAILED) {
        mapping_taken.store(false);
        return nullptr;
    }
    install_bus_error_handler();
    mapped_cut_short.store(false);
    mapped_size.store(info.size);
    mapped_begin.store(static_cast<const char*>(data));
    return std::unique_ptr<MappedFile>(new MappedFile(static_cast<const char*>(data), info.size, shown));
}

MappedFile::~MappedFile() {
    mapped_begin.store(nullptr);
    ::munmap(const_cast<char*>(data_), size_);
    mapping_taken.store(false);
}

void MappedFile::check_not_cut_short() const {
    if (mapped_cut_short.load()) throw Error(Exit::io, "cannot read: the file was cut short while it was read", shown_);
}

}  // namespace wirekit
