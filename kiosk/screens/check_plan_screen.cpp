#include "kiosk/screens/plan_widgets.hpp"
#include "kiosk/screens/screens.hpp"

#include "alloc/io/dates_in.hpp"

#include "alloc/io/dates.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/widgets.hpp"

namespace openras::kiosk {
namespace {

// Several of the seven questions unanswered say so once, with their numbers, not once each:
// seven lines that differ by a number are too many to take in. Empty when there are fewer
// than two.
std::string unanswered_together(const Ui& ui, const PlanCheckResult& r) {
    std::vector<std::string> numbers;
    for (const PlanFinding& f : r.findings)
        if (f.rule == kUnansweredQuestionRule && f.item >= 0) numbers.push_back(std::to_string(f.item + 1));
    if (numbers.size() < 2) return {};
    std::string list;
    for (std::size_t i = 0; i < numbers.size(); ++i)
        list += (i == 0 ? "" : i + 1 == numbers.size() ? std::string(ui.tr("plan.list_and")) : ", ") + numbers[i];
    return ui.trf("plan.questions_unanswered", {{"numbers", list}});
}

// Each finding's words, in the findings' order; "" for one said together with the one before.
std::vector<std::string> finding_lines(const Ui& ui, const KioskFlow& flow, const PlanCheckResult& r) {
    const std::string together = unanswered_together(ui, r);
    std::vector<std::string> lines;
    bool said = false;
    for (const PlanFinding& f : r.findings) {
        if (f.rule == kUnansweredQuestionRule && !together.empty()) {
            lines.push_back(said ? std::string() : together);
            said = true;
        } else {
            lines.push_back(finding_words(ui, f, flow.built_plan()));
        }
    }
    return lines;
}

// Each finding in plain words, with a button to the part of the plan it is about.
void findings_list(KioskFlow& flow, Ui& ui, const PlanCheckResult& r, const std::vector<std::string>& lines,
                   FindingSeverity severity, std::string_view title) {
    bool any = false;
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
        const PlanFinding& f = r.findings[i];
        const std::string& words = lines[i];
        if (f.severity != severity || words.empty()) continue;
        if (!any) text(ui, title, TextStyle::Heading);
        any = true;
        const PlanTask task = KioskFlow::task_for_field(f.field);
        if (finding_row(ui, "finding." + std::to_string(i), task_title(ui, task), words, ui.tr("plan.open_change"),
                        f.severity == FindingSeverity::Blocker))
            flow.open_task(task);
    }
}

}  // namespace

// 7. Check your plan: the council's plan checks, with what must change shown first as an error
// summary, then what the plan costs against the budget, then the whole plan as a summary list
// with Change beside each part, then Send.
void draw_check_plan_screen(KioskFlow& flow, Ui& ui) {
    const PlanCheckResult& r = *flow.plan_check();
    const SupportPlan& plan = flow.built_plan();
    begin_content(ui, "page.check-plan");
    const std::vector<std::string> lines = finding_lines(ui, flow, r);
    std::vector<std::string> summary;
    for (const PageError& e : flow.errors()) summary.push_back(error_words(ui, e));
    for (std::size_t i = 0; i < r.findings.size(); ++i)
        if (r.findings[i].severity == FindingSeverity::Blocker && !lines[i].empty()) summary.push_back(lines[i]);
    error_summary(ui, summary);
    heading(ui, ui.tr("plan.check_title"));
    text(ui, ui.trf("plan.period", {{"start", long_date_in(ui.words->language(), plan.start)}, {"end", long_date_in(ui.words->language(), plan.end)}}));
    text(ui, ui.trf("plan.costs", {{"weekly", r.costing.weekly.to_string()}, {"total", r.costing.total.to_string()}}), TextStyle::Bold);
    text(ui, ui.trf("plan.budget_for_period", {{"budget", r.budget_for_period.to_string()}}));
    if (r.can_be_confirmed()) notice(ui, ui.tr("plan.ready_title"), ui.tr("plan.ready"));
    else text(ui, ui.trf(ui.words->plural_key("plan.blockers", flow.things_to_change()), {{"count", std::to_string(flow.things_to_change())}}), TextStyle::Error);
    if (r.refer_to_panel) notice(ui, ui.tr("budget.panel_title"), ui.tr("plan.panel"), NoticeKind::Important);
    findings_list(flow, ui, r, lines, FindingSeverity::Blocker, ui.tr("plan.must_change"));
    findings_list(flow, ui, r, lines, FindingSeverity::Warning, ui.tr("plan.should_check"));
    findings_list(flow, ui, r, lines, FindingSeverity::Information, ui.tr("plan.for_information"));
    text(ui, ui.tr("plan.summary_title"), TextStyle::Heading);
    text(ui, ui.tr("plan.summary_intro"), TextStyle::Secondary);
    plan_summary(flow, ui);
    if (!flow.can_submit()) notice(ui, "", ui.tr("plan.no_record"));
    field_error_beside(flow, ui, "submit");
    end_content(ui);

    begin_actions(ui);
    if (back_button(ui)) flow.back();
    if (primary_button(ui, "submit", ui.tr("plan.submit"))) {
        // A plan that cannot be sent says why at once; one that can is asked about first.
        if (flow.plan_can_be_sent()) flow.ask(Confirmation::SendPlan, kAskedFromActionsBar);
        else flow.submit_plan();
    }
    end_actions(ui);
}

}  // namespace openras::kiosk
