#pragma once
// What `wirekit fetch --state FILE` remembers between runs, per URL: the
// validators of the last 200 (ETag and Last-Modified exactly as the server
// sent them) and, for --new-only, the ids of the articles already delivered.
// One JSON file:
//   {"wirekit_fetch_state": 1,
//    "urls": {"https://...": {"etag": "...", "last_modified": "...", "seen": ["id", ...]}}}
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace wirekit {

struct UrlState {
    std::string etag;           // "" when the server sent none
    std::string last_modified;  // "" when the server sent none
    std::vector<std::string> seen;  // delivered article ids, oldest first

    bool has_seen(std::string_view id) const;
    // Appends IDS not seen yet, then forgets the oldest beyond LIMIT.
    void remember(const std::vector<std::string>& ids, std::size_t limit);

    bool operator==(const UrlState&) const = default;
};

struct FetchState {
    std::map<std::string, UrlState> urls;

    bool operator==(const FetchState&) const = default;
};

// Throws Error 78 naming SOURCE when TEXT is not a state file.
FetchState parse_fetch_state(std::string_view text, const std::string& source);
std::string format_fetch_state(const FetchState& state);

// The state in PATH; empty when PATH does not exist.
FetchState load_fetch_state(const std::string& path);
// Writes PATH atomically.
void save_fetch_state(const std::string& path, const FetchState& state);

}  // namespace wirekit
