#include "http/fetch_state.hpp"

#include <sys/stat.h>

#include <cerrno>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "io/input.hpp"
#include "io/output.hpp"
#include "report/error.hpp"

namespace wirekit {

bool UrlState::has_seen(std::string_view id) const { return std::find(seen.begin(), seen.end(), id) != seen.end(); }

void UrlState::remember(const std::vector<std::string>& ids, std::size_t limit) {
    for (const auto& id : ids)
        if (!has_seen(id)) seen.push_back(id);
    if (seen.size() > limit) seen.erase(seen.begin(), seen.end() - static_cast<std::ptrdiff_t>(limit));
}

namespace {

constexpr const char* version_key = "wirekit_fetch_state";

std::string string_member(const nlohmann::json& object, const char* name) {
    auto it = object.find(name);
    if (it == object.end()) return {};
    if (!it->is_string()) throw std::invalid_argument(std::string("'") + name + "' is not a string");
    return it->get<std::string>();
}

UrlState url_state_from(const nlohmann::json& j) {
    if (!j.is_object()) throw std::invalid_argument("a URL's entry is not an object");
    UrlState s;
    s.etag = string_member(j, "etag");
    s.last_modified = string_member(j, "last_modified");
    if (auto it = j.find("seen"); it != j.end()) {
        if (!it->is_array()) throw std::invalid_argument("'seen' is not an array");
        for (const auto& id : *it) {
            if (!id.is_string()) throw std::invalid_argument("'seen' holds something other than strings");
            s.seen.push_back(id.get<std::string>());
        }
    }
    return s;
}

}  // namespace

FetchState parse_fetch_state(std::string_view text, const std::string& source) {
    FetchState state;
    try {
        auto j = nlohmann::json::parse(text);
        if (!j.is_object() || j.value(version_key, 0) != 1 || !j.contains("urls") || !j["urls"].is_object())
            throw std::invalid_argument("not a wirekit fetch state (version 1)");
        for (const auto& [url, entry] : j["urls"].items()) state.urls[url] = url_state_from(entry);
    } catch (const std::exception& e) {
        throw Error(Exit::config, std::string("bad state file: ") + e.what() + "; remove it to start afresh", source);
    }
    return state;
}

std::string format_fetch_state(const FetchState& state) {
    nlohmann::json urls = nlohmann::json::object();
    for (const auto& [url, s] : state.urls) {
        nlohmann::json entry = nlohmann::json::object();
        if (!s.etag.empty()) entry["etag"] = s.etag;
        if (!s.last_modified.empty()) entry["last_modified"] = s.last_modified;
        if (!s.seen.empty()) entry["seen"] = s.seen;
        urls[url] = std::move(entry);
    }
    nlohmann::json j = {{version_key, 1}, {"urls", std::move(urls)}};
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + '\n';
}

FetchState load_fetch_state(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 && errno == ENOENT) return {};
    return parse_fetch_state(read_input(path).bytes, path);
}

void save_fetch_state(const std::string& path, const FetchState& state) { write_output(path, format_fetch_state(state)); }

}  // namespace wirekit
