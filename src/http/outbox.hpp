#pragma once
// The outbox of `wirekit push --outbox DIR`: requests that could not be
// delivered, one file each, sent again in the order they were queued by
// `push --drain`. A file is the request written out like an HTTP message:
//
//   wirekit-outbox 1
//   POST https://cms.example/articles
//   Content-Type: application/json
//   <blank line>
//   the body, byte for byte
//
// The bearer token of --token-env is never written; the sender adds it again.
#include <string>
#include <string_view>
#include <vector>

#include "http/http_client.hpp"

namespace wirekit {

std::string format_outbox_entry(const HttpRequest& request);
// Throws Error 65 naming SOURCE when TEXT is not an outbox entry.
HttpRequest parse_outbox_entry(std::string_view text, const std::string& source);

class Outbox {
public:
    // Creates DIR (not its parents) when missing; throws Error 73 when it cannot.
    explicit Outbox(std::string dir);

    const std::string& dir() const { return dir_; }
    // The lock file that keeps two pushes from sending the same entries.
    std::string lock_path() const { return dir_ + "/.lock"; }

    // Writes REQUEST as a new entry, atomically, after every entry there is.
    void add(const HttpRequest& request) const;
    // The entries' paths, oldest first.
    std::vector<std::string> pending() const;
    HttpRequest read(const std::string& path) const;
    void remove(const std::string& path) const;
    // Moves an entry the server refused for good to DIR/rejected/, out of the queue.
    void reject(const std::string& path) const;

private:
    std::string dir_;
};

}  // namespace wirekit
