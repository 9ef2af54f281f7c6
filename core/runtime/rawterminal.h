#pragma once
// Raw mode for the caller's terminal while a container's terminal is
// relayed to it (attach, exec -it): no echo, no line editing, and no
// output processing (a second CR before each LF). Restored by the destructor.
#include <termios.h>
#include <unistd.h>

namespace porthole {

class RawTerminal {
public:
    explicit RawTerminal(int fd) : m_fd(fd)
    {
        if (fd < 0 || !::isatty(fd) || ::tcgetattr(fd, &m_saved) != 0)
            return;
        struct termios raw = m_saved;
        ::cfmakeraw(&raw);
        m_active = ::tcsetattr(fd, TCSANOW, &raw) == 0;
    }
    ~RawTerminal()
    {
        if (m_active)
            ::tcsetattr(m_fd, TCSANOW, &m_saved);
    }

private:
    int m_fd;
    struct termios m_saved = {};
    bool m_active = false;
};

} // namespace porthole
