#pragma once
// The kiosk's touch widgets, drawn the GOV.UK way: big square buttons, radio-like answers,
// headings, body text, inset notices and error messages. Every tappable widget is at least
// Metrics::target high, looks the same whether or not a pointer hovers over it (touch screens
// have no hover), shows a pressed state while held, reports a tap only when released without
// dragging, and draws a thick focus ring when reached by keyboard or switch.
#include "kiosk/ui/ui.hpp"

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

struct ImFont;

namespace openras::kiosk {

enum class ButtonKind {
    Primary,    // Start, Continue: one per page
    Secondary,  // Back, Change and other actions
    Answer,     // a radio-like answer: the whole width, a round marker, words that wrap
    Toggle,     // on or off, with a tick when on
    Key,        // a key of the on-screen keyboard
};

struct ButtonOptions {
    float width = 0;          // 0: fit the words (Answer: the page's width)
    bool chosen = false;      // Answer and Toggle
    ImFont* font = nullptr;   // default: bold body text
    float min_height = 0;     // default: Metrics::target
    float pad = 0;            // the room around the words; default: Metrics::pad
    std::string_view picture; // Answer and Toggle in Easy Read: a picture between the marker and the words
};

// True on the frame the button is tapped (released over it, not dragged) or activated by
// keyboard or switch. `id` must be stable and unique on the page, and never personal text.
bool button(Ui& ui, std::string_view id, std::string_view label, ButtonKind kind, const ButtonOptions& options = {});
// The size button() would take, for laying out rows and for measuring a page before drawing it.
float button_width(const Ui& ui, std::string_view label, ButtonKind kind, const ButtonOptions& options = {});
float button_height(const Ui& ui, std::string_view label, ButtonKind kind, const ButtonOptions& options = {});

// A box that shows what is typed (a text field, the PIN's dots, an amount): brought into view
// when the page opens and whenever a key is typed, so the docked keyboard never hides what a
// person types; remembered in Ui::field for the tests.
void typed_box_in_view(Ui& ui, ImVec2 min, ImVec2 max);

enum class TextStyle { Body, Bold, Secondary, Heading, Caption, Error, Display };
void text(Ui& ui, std::string_view words, TextStyle style = TextStyle::Body);
void heading(Ui& ui, std::string_view words);
void vertical_space(Ui& ui, float pixels);

// A GOV.UK tag: a short status in a tinted box ("Completed", "In progress").
enum class TagColour { Grey, Blue, Green, Red };
void tag(Ui& ui, std::string_view words, TagColour colour);

enum class NoticeKind { Inset, Important };
// A GOV.UK inset text or notification: words in a tinted box with a thick left edge.
void notice(Ui& ui, std::string_view title, std::string_view words, NoticeKind kind = NoticeKind::Inset);

// The GOV.UK error summary, at the top of a page: "There is a problem" and each message.
void error_summary(Ui& ui, const std::vector<std::string>& messages);
// The error beside its field: red, bold, prefixed "Error:" for screen readers and everyone.
void error_message(Ui& ui, std::string_view message);

// Easy Read's pictures (kiosk/ui/pictures.hpp). The picture for a wording key ("start.what")
// or a rule-set id ("question.learning", "domain.relationships"); empty unless Easy Read is on
// and the Easy Read wording names one.
std::string_view picture_for(const Ui& ui, std::string_view key);
// An answer's: "answer.QUESTION.ANSWER" if the wording has one, else "answer.ANSWER".
std::string_view answer_picture(const Ui& ui, std::string_view question, std::string_view answer);
// How big pictures are drawn: three lines of body text, at least two lines' height.
float picture_size(const Ui& ui);
// The picture on the left and the words on the right (the Easy Read way); the words alone
// when `picture` is empty. `more` is a second paragraph in the same column, beside the picture.
void pictured_text(Ui& ui, std::string_view picture, std::string_view words, TextStyle style = TextStyle::Body,
                   std::string_view more = {});
// A notice (widgets.hpp notice) in Easy Read with its picture: the title and words beside the
// picture instead of in a box; a notice as ever when there is no picture.
void pictured_notice(Ui& ui, std::string_view picture, std::string_view title, std::string_view words,
                     NoticeKind kind = NoticeKind::Inset);

// Draws the keyboard-and-switch focus ring around the last item if it has focus.
void focus_ring(Ui& ui);

}  // namespace openras::kiosk
