#pragma once
// Where a value of a parsed JSON document sits in its text. nlohmann's DOM
// keeps no positions, so messages about a value found in the DOM ("items[0].id:
// expected a string") look its path up here to print FILE:LINE:COL.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include "text/location.hpp"

namespace wirekit {

class JsonLocations {
public:
    // TEXT must be well-formed JSON (it was parsed already) and outlive this
    // object; it starts at line FIRST_LINE of the input (JSON Lines).
    explicit JsonLocations(std::string_view text, std::size_t first_line = 1) : text_(text), lines_(text), first_line_(first_line) {}

    // Where the value at PATH (JsonPath::str() spelling: "items[0].title", ""
    // for the top level) is: a member's key, an element's first character.
    // The text is indexed on the first call, so documents without findings
    // cost nothing. An unknown path gives the start of the text; a key that
    // holds '.' or '[' spells like a nested path and may be found there.
    LineColumn at(const std::string& path);

private:
    void index();

    std::string_view text_;
    LineIndex lines_;
    std::size_t first_line_;
    bool indexed_ = false;
    std::unordered_map<std::string, std::size_t> offsets_;
};

}  // namespace wirekit
