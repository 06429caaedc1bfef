#include "report/findings_order.hpp"

#include <algorithm>

namespace wirekit {

std::vector<Finding> findings_in_order(const Findings& findings) {
    std::vector<Finding> all = findings.all();
    std::stable_sort(all.begin(), all.end(), [](const Finding& a, const Finding& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return all;
}

}  // namespace wirekit
