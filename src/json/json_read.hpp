#pragma once
// Reading a parsed JSON document strictly about types: a value of the wrong
// type is Error(Exit::data) naming its path ("items[0].title: expected a
// string, got 42"), so every JSON reader reports the same way.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "json/json_path.hpp"
#include "json/json_value.hpp"
#include "options/read_write_options.hpp"

namespace wirekit {

// Where the JSON being read came from, for errors and warnings.
struct JsonOrigin {
    const ReadOptions& options;
    std::size_t line = 0;  // the input line the value is on (JSON Lines); 0 when unknown
};

[[noreturn]] void json_fail(const JsonOrigin& origin, const JsonPath& path, std::string_view message);
// "PATH: expected EXPECTED, got GOT"
[[noreturn]] void json_type_error(const JsonOrigin& origin, const JsonPath& path, std::string_view expected,
                                  const nlohmann::json& got);
void json_warn(const JsonOrigin& origin, const JsonPath& path, std::string_view message);
void json_note(const JsonOrigin& origin, const JsonPath& path, std::string_view message);

// The members of one JSON object, read by key with their types checked. An
// absent member and a null one read the same: as empty.
class JsonObject {
public:
    // Throws the type error when VALUE is not an object. VALUE and PATH's
    // parents must outlive this view.
    JsonObject(const nlohmann::json& value, const JsonPath& path, const JsonOrigin& origin);

    const nlohmann::json& value() const { return value_; }
    const JsonPath& path() const { return path_; }
    const JsonOrigin& origin() const { return origin_; }
    // The path of member KEY; KEY must outlive the result.
    JsonPath path(std::string_view key) const { return path_.member(key); }

    // The member, or nullptr when absent or null.
    const nlohmann::json* find(std::string_view key) const;
    bool has(std::string_view key) const { return find(key) != nullptr; }

    std::string string(std::string_view key) const;
    std::optional<double> number(std::string_view key) const;
    std::optional<bool> boolean(std::string_view key) const;
    // A JSON integer from LOW to HIGH.
    std::optional<long long> integer(std::string_view key, long long low, long long high) const;
    // The array's elements (empty when absent); its elements are unchecked.
    // An object where the array belongs is read as a list of one, with a
    // warning (an error with --strict): sources do write "events": {...}.
    std::span<const nlohmann::json> array(std::string_view key) const;
    // The member, checked to be an object; nullptr when absent.
    const nlohmann::json* object(std::string_view key) const;

    // A warning for each member whose key is not in KNOWN and for which
    // IGNORE (may be null) is false.
    void warn_unknown_keys(std::span<const std::string_view> known, bool (*ignore)(std::string_view key) = nullptr) const;

private:
    const nlohmann::json& value_;
    JsonPath path_;
    const JsonOrigin& origin_;
};

// ELEMENT, checked to be a string.
std::string json_string_element(const nlohmann::json& element, const JsonPath& path, const JsonOrigin& origin);

}  // namespace wirekit
