// scopelint: everything lives in the library (cli/app.hpp); main stays thin.
#include "cli/app.hpp"

#include <iostream>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    return scopelint::cli::run(argc, argv, std::cout, std::cerr);
}
