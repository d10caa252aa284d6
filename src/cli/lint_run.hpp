#pragma once
// One linting run: inputs → readers → engine → one reporter → exit code.
#include "cli/discover.hpp"
#include "cli/lint_file.hpp"
#include "cli/options.hpp"
#include "cli/policy_finder.hpp"
#include "report/reporter.hpp"

#include <memory>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace scopelint::cli {

class LintRun {
public:
    LintRun(const Options& options, std::ostream& out, std::ostream& err);

    [[nodiscard]] int lint_paths();        // scopelint [PATH...]
    [[nodiscard]] int check_scope_list();  // scopelint check SCOPES

private:
    struct Target;  // stdout or an atomically written --output file

    const Options& options_;
    std::ostream& out_;
    std::ostream& err_;
    PolicyFinder policies_;
    Summary summary_;
    bool input_error_ = false;

    [[nodiscard]] std::unique_ptr<Reporter> make_reporter(std::ostream& stream) const;
    [[nodiscard]] bool use_color() const;
    [[nodiscard]] RunInfo run_info() const;
    void count(const std::vector<Finding>& findings);
    [[nodiscard]] std::string render(const Reporter& reporter, const SourceFile& source,
                                     const std::vector<Finding>& findings) const;
    void take(Reporter& reporter, FileOutcome&& outcome);
    [[nodiscard]] bool open_target(Target& target);
    [[nodiscard]] bool output_overwrites_input(const std::vector<std::pair<Input, const Policy*>>& work) const;
    [[nodiscard]] int finish(Reporter& reporter, Target& target);
    [[nodiscard]] std::string working_directory() const;
};

}  // namespace scopelint::cli
