#pragma once
// The whole command line, for main.cpp.
namespace wirekit {

// Parses ARGV, runs the command and returns its exit status (sysexits.h).
int run_wirekit(int argc, char** argv);

}  // namespace wirekit
