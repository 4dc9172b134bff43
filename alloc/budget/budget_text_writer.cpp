#include "alloc/budget/budget_text_writer.hpp"

#include "alloc/io/dates.hpp"
#include "alloc/io/dates_in.hpp"
#include "alloc/report/line_description.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace openras {
namespace {

// How many laid-out lines a writer keeps at most: a rule set's answers give a few hundred; a
// bound keeps memory flat whatever a rule set does.
constexpr std::size_t kMostKept = 100000;

}  // namespace

BudgetTextWriter::BudgetTextWriter(std::shared_ptr<const RuleSet> rules, const ReportWords& words)
    : rules_(std::move(rules)), words_(words) {
    const RuleSet& rs = *rules_;
    const RuleSetHeader& h = rs.header;
    const ReportWords& r = words_;
    const auto text = [&](const std::string& key, const std::string& english) {
        return std::string(rs.text_in(r.language(), key, english));
    };
    const std::string title = r.get("budget.title");
    title_block_ = title + "\n" + std::string(std::size_t(display_width(title)), '=') + "\n";
    // Labels padded to one column, however long they are in the language.
    const std::string labels[] = {r.get("budget.person"), r.get("budget.date"), r.get("budget.rules")};
    int column = 0;
    for (const std::string& label : labels) column = std::max(column, display_width(label) + 2);
    const auto padded = [&](const std::string& label) { return label + std::string(std::size_t(column - display_width(label)), ' '); };
    person_label_ = padded(labels[0]);
    date_label_ = padded(labels[1]);
    const std::string margin(std::size_t(column), ' ');
    rules_block_ = padded(labels[2]) + h.title + "\n";
    rules_block_ += margin + (h.effective_to ? r.format("budget.version_to", {{"id", h.id}, {"version", h.version},
                                                                              {"from", date(h.effective_from)},
                                                                              {"to", date(*h.effective_to)}})
                                             : r.format("budget.version", {{"id", h.id}, {"version", h.version},
                                                                           {"from", date(h.effective_from)}})) + "\n";
    rules_block_ += margin + rs.hash + "\n\n";
    const std::string how = r.get("budget.how");
    starting_block_ = r.get("budget.starting") + "\n\n" + how + "\n" + std::string(std::size_t(display_width(how)), '-') + "\n";
    for (const Stream& s : rs.streams) {
        const std::string stream_title = text("stream." + s.id + ".title", s.title);
        stream_title_.push_back(stream_title);
        restrictions_.push_back(indent_wrapped(text("stream." + s.id + ".restrictions", s.restrictions), 2) + "\n");
        stream_total_.push_back(wrap_title(r.format("budget.stream_total", {{"stream", stream_title}})));
        points_only_.push_back(s.conversion.method == ConversionMethod::Bands);
    }
    weeks_ = h.weeks_per_year.to_decimal_string();
    year_block_ = r.get("budget.year") + "\n" +
                  indent_wrapped(r.format("budget.year_rule", {{"weeks", weeks_}, {"rounding", rounding_rule_name(h.rounding)}}), 2);
    total_year_ = wrap_title(r.get("budget.total_year"));
    total_week_ = wrap_title(r.get("budget.total_week"));
    panel_none_ = r.get("budget.panel_none") + "\n";
    panel_heading_ = indent_wrapped(r.get("budget.panel"), 0);
    for (const Threshold& t : rs.thresholds)
        referral_.push_back(indent_wrapped(text("threshold." + t.id + ".message", t.message), 4) +
                            indent_wrapped(r.format("budget.why", {{"citation", t.citation.to_string()}}), 4));
}

std::string BudgetTextWriter::date(const boost::gregorian::date& day) const {
    return words_.language() == "en-GB" ? long_date(day) : long_date_in(words_.language(), day);
}

BudgetTextWriter::LaidOutLine BudgetTextWriter::lay_out(const IndicativeBudget& b, const ExplanationLine& line) const {
    const LineDescription d = describe_line(b, line, words_);
    LaidOutLine out{wrap_title(d.title), {}};
    if (!d.detail.empty()) out.below += indent_wrapped(d.detail, 7);
    if (!d.inputs.empty()) {
        std::string used;
        for (const auto& [name, value] : d.inputs) used += (used.empty() ? "" : ", ") + name + " = " + value;
        out.below += indent_wrapped(words_.format("budget.used", {{"inputs", used}}), 7);
    }
    out.below += indent_wrapped(words_.format("budget.why", {{"citation", d.citation.to_string()}}), 7);
    return out;
}

void BudgetTextWriter::write_lines(const IndicativeBudget& b, int s, int& number, std::string& out) const {
    for (const ExplanationLine& line : b.explanation) {
        if (line.stream != s) continue;
        const bool points_only =
            points_only_[std::size_t(s)] && (line.kind == LineKind::DomainPoints || line.kind == LineKind::InformalSupport);
        const std::string amount = points_only ? std::string() : line.amount.to_string();
        if (!line_words_key(b, line, key_)) {  // a council rule's: its words show whatever it reads
            const LaidOutLine laid = lay_out(b, line);
            append_numbered_row(number++, laid.title, amount, out);
            out += laid.below;
            continue;
        }
        if (laid_out_.size() > kMostKept) laid_out_.clear();  // a bound on memory, never reached in practice
        auto found = laid_out_.find(key_);
        if (found == laid_out_.end()) found = laid_out_.emplace(key_, lay_out(b, line)).first;
        append_numbered_row(number++, found->second.title, amount, out);
        out += found->second.below;
    }
}

void BudgetTextWriter::write(const IndicativeBudget& b, std::string& out) const {
    const ReportWords& r = words_;
    out += title_block_;
    out += person_label_;
    out += b.person.empty() ? r.get("budget.no_person") : b.person;
    out += '\n';
    out += date_label_;
    out += date(b.assessment_date);
    out += '\n';
    out += rules_block_;
    out += r.format("budget.total", {{"weekly", b.weekly.to_string()}, {"annual", b.annual.to_string()}});
    out += '\n';
    out += starting_block_;
    int number = 1;
    for (std::size_t s = 0; s < b.streams.size(); ++s) {
        const std::string weekly = b.streams[s].weekly.to_string();
        out += r.format("budget.stream", {{"stream", stream_title_[s]}, {"amount", weekly}});
        out += '\n';
        out += restrictions_[s];
        write_lines(b, int(s), number, out);
        append_numbered_row(0, stream_total_[s], weekly, out);
        out += '\n';
    }
    out += year_block_;
    for (std::size_t s = 0; s < b.streams.size(); ++s)
        out += numbered_row(0, stream_title_[s] + ": " + b.streams[s].weekly.to_string() + " \u00d7 " + weeks_,
                            b.streams[s].annual.to_string());
    if (b.annual_rounding() != Money{})
        out += numbered_row(0, r.format("budget.year_rounding", {{"weekly", b.weekly.to_string()}, {"weeks", weeks_}}),
                            b.annual_rounding().to_string());
    append_numbered_row(0, total_year_, b.annual.to_string(), out);
    out += '\n';
    append_numbered_row(0, total_week_, b.weekly.to_string(), out);
    out += '\n';
    if (!b.refer_to_panel()) {
        out += panel_none_;
        return;
    }
    out += panel_heading_;
    for (int t : b.panel_referrals) out += referral_[std::size_t(t)];
}

}  // namespace openras
