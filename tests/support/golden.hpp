#pragma once
// Golden files, compared byte for byte. With WIREKIT_ACCEPT=1 in the
// environment a mismatching (or missing) golden file is rewritten instead,
// and the diff is for the developer to review before committing.
#include <string>
#include <vector>

namespace wirekit::test {

// True when ACTUAL equals the golden file at PATH (or it was just rewritten).
bool matches_golden(const std::string& path, const std::string& actual);

// The regular files in DIR whose names end with SUFFIX, sorted.
std::vector<std::string> files_in(const std::string& dir, const std::string& suffix);

}  // namespace wirekit::test
