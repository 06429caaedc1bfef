#pragma once
// The two ways html_to_body reads HTML, apart, so that tests can check that
// the fast one never gives anything but what gumbo's gives.
#include <optional>
#include <string_view>

#include "html/html_body.hpp"

namespace wirekit {

// Through parse_html_subset; nullopt when HTML is not in the subset.
std::optional<HtmlContent> html_to_body_by_subset(std::string_view html, std::string_view base_url);

// Through gumbo, whatever HTML is (but not guarded against very deep nesting).
HtmlContent html_to_body_by_gumbo(std::string_view html, std::string_view base_url);

}  // namespace wirekit
