// Replays the fuzzing corpus under ctest in the normal build (no clang needed): every file in
// fuzz/corpus/TARGET/ through its target, so an input that once crashed stays fixed.
//   openras_fuzz_replay TARGET FOLDER
#include "fuzz/fuzz_targets.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: openras_fuzz_replay TARGET FOLDER\n";
        return 2;
    }
    const openras::fuzz::Target target = openras::fuzz::target_named(argv[1]);
    if (target == nullptr) {
        std::cerr << "no fuzzing target " << argv[1] << "\n";
        return 2;
    }
    int inputs = 0;
    for (const auto& entry : std::filesystem::directory_iterator(argv[2])) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        target(bytes.str());  // a crash fails the test, naming nothing: run it alone to see which
        ++inputs;
    }
    if (inputs == 0) {
        std::cerr << argv[2] << " holds no inputs\n";
        return 1;
    }
    std::cout << inputs << " inputs replayed through " << argv[1] << "\n";
    return 0;
}
