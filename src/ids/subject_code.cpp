#include "ids/subject_code.hpp"

#include "ids/qcode.hpp"
#include "text/text.hpp"

namespace wirekit {

bool is_subject_code(std::string_view code) { return code.size() == 8 && is_all_digits(code); }

int subject_code_level(std::string_view code) {
    if (!is_subject_code(code)) return 0;
    if (code.substr(2) == "000000") return 1;
    return code.substr(5) == "000" ? 2 : 3;
}

Concept subject_code_concept(std::string_view code, std::string name) {
    Concept c;
    c.scheme = std::string(subject_code_scheme);
    c.code = std::string(code);
    c.uri = expand_qcode(c.scheme + ":" + c.code);
    c.name = std::move(name);
    return c;
}

}  // namespace wirekit
