// wirekit: convert news articles between formats.
#include "cli/wirekit_app.hpp"

int main(int argc, char** argv) { return wirekit::run_wirekit(argc, argv); }
