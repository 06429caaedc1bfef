#pragma once
// The regular expressions of JSON Schema's pattern and patternProperties:
// ECMA-262 syntax and meaning, run by PCRE2 in UTF mode. \d and \w stay
// ASCII, \s is ECMA-262's white space (Unicode spaces and line ends, the
// BOM), \p{...} are Unicode properties, $ matches only at the very end, and
// a pattern matches anywhere in the string unless anchored.
#include <optional>
#include <string>
#include <string_view>

namespace wirekit {

class EcmaRegex {
public:
    // Compiles PATTERN; a pattern that does not compile gives why in error().
    explicit EcmaRegex(std::string_view pattern);
    ~EcmaRegex();
    EcmaRegex(const EcmaRegex&) = delete;
    EcmaRegex& operator=(const EcmaRegex&) = delete;

    const std::optional<std::string>& error() const { return error_; }
    // Whether the pattern matches somewhere in TEXT (UTF-8); false when it did not compile.
    bool search(std::string_view text) const;

private:
    void* code_ = nullptr;  // pcre2_code_8
    std::optional<std::string> error_;
};

}  // namespace wirekit
