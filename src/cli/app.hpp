#pragma once
// The whole command-line program, minus main(): testable with any streams.
#include <iosfwd>

namespace scopelint::cli {

// Runs scopelint with these arguments; returns the exit code (cli/exit_codes.hpp).
[[nodiscard]] int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace scopelint::cli
