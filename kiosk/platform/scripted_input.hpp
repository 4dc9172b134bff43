#pragma once
// Input given by a program instead of a person (the tests, and `openras-kiosk --journey`):
// taps, drags, keys and typed text, handed to ImGui one event a frame, as a real frame loop
// would see them arrive.
#include <deque>

struct ImGuiIO;

namespace openras::kiosk {

// Key indices for io.KeysDown on the scripted platforms (io.KeyMap points at them).
enum class HeadlessKey { Tab = 1, Space, Enter, Backspace, Escape, Left, Right, Up, Down };

class ScriptedInput {
public:
    // Queues one frame's pointer state; frames with nothing queued keep the last state.
    void pointer(float x, float y, bool down) { events_.push_back({x, y, down, 0, false, nullptr}); }
    void key(HeadlessKey key, bool down) { events_.push_back({0, 0, false, int(key), down, nullptr}); }
    void type(const char* utf8) { events_.push_back({0, 0, false, 0, false, utf8}); }
    bool pending() const { return !events_.empty(); }

    // Points io.KeyMap at the HeadlessKey indices.
    static void map_keys(ImGuiIO& io);
    // Gives ImGui the next queued event, if any, and the pointer as it now is.
    void apply(ImGuiIO& io);
    // Whether an event was applied, or the pointer moved, since the last call.
    bool take_input();
    bool take_pointer_moved();

private:
    struct Event {
        float x = 0, y = 0;
        bool down = false;
        int key = 0;  // 0: a pointer event
        bool key_down = false;
        const char* text = nullptr;
    };
    std::deque<Event> events_;
    float x_ = -1, y_ = -1;
    bool down_ = false;
    bool input_ = false, moved_ = false;
};

}  // namespace openras::kiosk
