#pragma once
// The input files of a batch conversion: files as given, folders opened.
#include <string>
#include <vector>

namespace wirekit {

// INPUTS with each folder replaced by the files in it, sorted by name (with
// RECURSIVE, those of its subfolders too, in place of the subfolder). Hidden
// files and folders, symbolic links to folders and the folder SKIP (the
// output folder) are left out; names that are not folders stay as they are,
// for the reader to report when missing. Throws Error 66 when a folder
// cannot be listed.
std::vector<std::string> batch_input_files(const std::vector<std::string>& inputs, bool recursive, const std::string& skip);

}  // namespace wirekit
