// Golden tests in the Ledger style: each folder under tests/golden/ that holds a `cmd` file is
// one case. The runner copies the folder to a fresh temporary directory, runs the built
// `openras` there with the arguments in `cmd`, and compares what it printed, byte for byte,
// with the folder's `expected` file. tests/README.md describes the layout of `expected`.
//
// With OPENRAS_UPDATE_GOLDEN=1 in the environment the runner writes `expected` instead of
// comparing. Every file written that way must then be read and checked by hand: a golden file
// is only worth having when its figures are right, not merely what the program printed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cerrno>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <signal.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path kGoldenRoot = fs::path(OPENRAS_SOURCE_DIR) / "tests" / "golden";
constexpr const char* kBinary = OPENRAS_BINARY;
constexpr std::size_t kMinimumCases = 16;

struct GoldenCase {
    fs::path folder;   // absolute
    std::string id;    // "budget/price-per-point"
    std::string name;  // "budget_price_per_point", for GoogleTest
};

// GoogleTest prints a failing case by its folder, not as raw bytes.
void PrintTo(const GoldenCase& golden, std::ostream* os) { *os << golden.id; }

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void write_file(const fs::path& path, const std::string& contents) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << contents;
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

std::string test_name_for(const std::string& id) {
    std::string name;
    for (char c : id) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return name;
}

// Every folder below tests/golden that holds a `cmd` file, in path order.
std::vector<GoldenCase> discover_cases() {
    std::vector<GoldenCase> cases;
    std::error_code ignored;
    if (!fs::is_directory(kGoldenRoot, ignored)) return cases;
    for (const auto& entry : fs::recursive_directory_iterator(kGoldenRoot, ignored)) {
        if (!entry.is_directory() || !fs::is_regular_file(entry.path() / "cmd")) continue;
        const std::string id = fs::relative(entry.path(), kGoldenRoot).generic_string();
        cases.push_back({entry.path(), id, test_name_for(id)});
    }
    std::sort(cases.begin(), cases.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return cases;
}

// The arguments in `cmd`: words separated by spaces; "double quotes" keep spaces in a word.
std::vector<std::string> split_arguments(const std::string& line) {
    std::vector<std::string> words;
    std::string word;
    bool in_word = false, quoted = false;
    for (char c : line) {
        if (c == '"') {
            quoted = !quoted;
            in_word = true;
        } else if (!quoted && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
            if (in_word) words.push_back(word);
            word.clear();
            in_word = false;
        } else {
            word += c;
            in_word = true;
        }
    }
    if (in_word) words.push_back(word);
    return words;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty()) lines.push_back(line);
    }
    return lines;
}

// A temporary directory removed when the case ends.
class TemporaryDirectory {
public:
    TemporaryDirectory() {
        std::string pattern = (fs::temp_directory_path() / "openras-golden-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed: " + std::string(std::strerror(errno)));
        path_ = pattern;
    }
    ~TemporaryDirectory() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

struct RunResult {
    std::string out;
    std::string err;
    int exit_code = -1;
    int signal = 0;
    bool timed_out = false;
};

// Runs openras with `arguments` in `working_directory`, stdout and stderr to separate files.
RunResult run_openras(const std::vector<std::string>& arguments, const fs::path& working_directory,
                      const fs::path& capture_directory) {
    const fs::path out_path = capture_directory / "stdout";
    const fs::path err_path = capture_directory / "stderr";
    std::vector<std::string> argv_strings{kBinary};
    argv_strings.insert(argv_strings.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& s : argv_strings) argv.push_back(s.data());
    argv.push_back(nullptr);
    // A fixed, small environment: the output must not depend on the tester's settings.
    std::string env_locale = "LC_ALL=C", env_tz = "TZ=UTC";
    char* envp[] = {env_locale.data(), env_tz.data(), nullptr};

    const pid_t child = ::fork();
    if (child < 0) throw std::runtime_error("fork failed");
    if (child == 0) {
        const int out_fd = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err_fd = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int null_fd = ::open("/dev/null", O_RDONLY);
        if (out_fd < 0 || err_fd < 0 || null_fd < 0 || ::chdir(working_directory.c_str()) != 0) ::_exit(126);
        ::dup2(null_fd, 0);
        ::dup2(out_fd, 1);
        ::dup2(err_fd, 2);
        ::execve(kBinary, argv.data(), envp);
        ::_exit(127);
    }
    RunResult result;
    int status = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    for (;;) {
        const pid_t done = ::waitpid(child, &status, WNOHANG);
        if (done == child) break;
        if (done < 0 && errno != EINTR) throw std::runtime_error("waitpid failed");
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(child, SIGKILL);
            ::waitpid(child, &status, 0);
            result.timed_out = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
    result.out = read_file(out_path);
    result.err = read_file(err_path);
    return result;
}

// A section of the combined output: the text as printed, with a marker when the last line
// has no newline (so the next `---` line is never glued onto it).
std::string section(const std::string& text) {
    if (text.empty() || text.back() == '\n') return text;
    return text + "\n\\ no newline at end\n";
}

std::string combined_output(const RunResult& run, const fs::path& working_directory,
                            const std::vector<std::string>& checked_files) {
    std::string out = section(run.out);
    out += "--- stderr ---\n";
    out += section(run.err);
    if (run.timed_out)
        out += "--- timed out ---\n";
    else if (run.signal != 0)
        out += "--- signal " + std::to_string(run.signal) + " ---\n";
    else
        out += "--- exit " + std::to_string(run.exit_code) + " ---\n";
    for (const std::string& name : checked_files) {
        const fs::path path = working_directory / name;
        if (!fs::exists(path)) {
            out += "--- file " + name + " (not created) ---\n";
            continue;
        }
        out += "--- file " + name + " ---\n";
        out += section(read_file(path));
    }
    return out;
}

// A unified-diff-like view of two texts, line by line (longest common subsequence).
std::string unified_diff(const std::string& expected_text, const std::string& actual_text) {
    auto split = [](const std::string& text) {
        std::vector<std::string> lines;
        std::size_t start = 0;
        while (start < text.size()) {
            const std::size_t end = text.find('\n', start);
            if (end == std::string::npos) {
                lines.push_back(text.substr(start) + "   <-- no newline at end");
                break;
            }
            lines.push_back(text.substr(start, end - start));
            start = end + 1;
        }
        return lines;
    };
    const std::vector<std::string> a = split(expected_text), b = split(actual_text);
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<std::uint32_t>> lcs(n + 1, std::vector<std::uint32_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    struct Row {
        char mark;
        std::string text;
        std::size_t a_line, b_line;
    };
    std::vector<Row> rows;
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            rows.push_back({' ', a[i], i + 1, j + 1});
            ++i, ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            rows.push_back({'-', a[i], i + 1, j + 1});
            ++i;
        } else {
            rows.push_back({'+', b[j], i + 1, j + 1});
            ++j;
        }
    }
    // Show each changed row with up to three unchanged rows around it, in hunks.
    constexpr std::size_t kContext = 3;
    std::vector<bool> shown(rows.size(), false);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (rows[r].mark == ' ') continue;
        const std::size_t from = r >= kContext ? r - kContext : 0;
        const std::size_t to = std::min(rows.size(), r + kContext + 1);
        for (std::size_t s = from; s < to; ++s) shown[s] = true;
    }
    std::string out = "--- expected\n+++ actual\n";
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (!shown[r]) continue;
        if (r == 0 || !shown[r - 1])
            out += "@@ expected line " + std::to_string(rows[r].a_line) + ", actual line " +
                   std::to_string(rows[r].b_line) + " @@\n";
        out += std::string(1, rows[r].mark) + rows[r].text + "\n";
    }
    return out;
}

bool update_mode() {
    const char* value = std::getenv("OPENRAS_UPDATE_GOLDEN");
    return value && std::string(value) == "1";
}

class GoldenCaseTest : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(GoldenCaseTest, MatchesExpectedOutput) {
    const GoldenCase& golden = GetParam();
    TemporaryDirectory scratch;
    const fs::path work = scratch.path() / "case";
    const fs::path capture = scratch.path() / "capture";
    fs::create_directories(capture);
    // The case runs on a copy, so output files never land in the source tree.
    fs::copy(golden.folder, work, fs::copy_options::recursive);
    fs::remove(work / "expected");

    const std::string cmd_text = read_file(golden.folder / "cmd");
    const std::vector<std::string> cmd_lines = lines_of(cmd_text);
    ASSERT_LE(cmd_lines.size(), 1u) << golden.id << "/cmd must be one line";
    const std::string command = cmd_lines.empty() ? std::string{} : cmd_lines.front();
    const std::vector<std::string> arguments = split_arguments(command);
    std::vector<std::string> checked_files;
    if (fs::exists(golden.folder / "check-file")) checked_files = lines_of(read_file(golden.folder / "check-file"));

    const RunResult run = run_openras(arguments, work, capture);
    ASSERT_NE(run.exit_code, 126) << "could not prepare the child process for " << golden.id;
    ASSERT_NE(run.exit_code, 127) << "could not run " << kBinary;
    const std::string actual = combined_output(run, work, checked_files);
    // Whatever the command did, it left nothing half-written behind (files are written under a
    // temporary name, then put in place or removed).
    for (const auto& entry : fs::recursive_directory_iterator(work))
        EXPECT_EQ(entry.path().filename().string().find(".partial-"), std::string::npos)
            << golden.id << " left " << entry.path().string();

    const fs::path expected_path = golden.folder / "expected";
    if (update_mode()) {
        write_file(expected_path, actual);
        std::cout << "[golden] wrote " << expected_path.string() << "; read it and check every figure by hand\n";
        return;
    }
    ASSERT_TRUE(fs::exists(expected_path))
        << golden.id << " has no `expected` file; run with OPENRAS_UPDATE_GOLDEN=1 to write one, then check it";
    const std::string expected = read_file(expected_path);
    if (expected != actual) {
        ADD_FAILURE() << "golden case " << golden.id << " (openras " << command
                      << ") printed something else than " << expected_path.string() << ":\n"
                      << unified_diff(expected, actual)
                      << "If the new output is right, run with OPENRAS_UPDATE_GOLDEN=1 and check it by hand.";
    }
}

INSTANTIATE_TEST_SUITE_P(Golden, GoldenCaseTest, ::testing::ValuesIn(discover_cases()),
                         [](const ::testing::TestParamInfo<GoldenCase>& info) { return info.param.name; });

TEST(GoldenSuite, FindsEveryCaseAndEachHasItsFiles) {
    const std::vector<GoldenCase> cases = discover_cases();
    EXPECT_GE(cases.size(), kMinimumCases) << "golden cases are looked for under " << kGoldenRoot;
    std::vector<std::string> names;
    for (const auto& c : cases) {
        names.push_back(c.name);
        if (!update_mode()) {
            EXPECT_TRUE(fs::exists(c.folder / "expected")) << c.id << " has no expected file";
        }
    }
    std::sort(names.begin(), names.end());
    EXPECT_EQ(std::adjacent_find(names.begin(), names.end()), names.end())
        << "two golden case folders give the same test name";
}

TEST(GoldenSuite, DiffShowsTheChangedLines) {
    const std::string diff = unified_diff("a\nb\nc\n", "a\nB\nc\n");
    EXPECT_NE(diff.find("-b\n"), std::string::npos) << diff;
    EXPECT_NE(diff.find("+B\n"), std::string::npos) << diff;
    EXPECT_NE(diff.find(" a\n"), std::string::npos) << diff;
}

TEST(GoldenSuite, CommandLineKeepsQuotedWordsTogether) {
    EXPECT_EQ(split_arguments("budget --answers \"my answers.toml\"  --json"),
              (std::vector<std::string>{"budget", "--answers", "my answers.toml", "--json"}));
    EXPECT_TRUE(split_arguments("").empty());
}

}  // namespace
