// porthole: the command-line front. It parses nothing and decides nothing:
// it hands the command line to the engine and prints what comes back.
#include "base/processmemory.h"
#include "cli/commands.h"
#include "runtime/usernamespace.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

porthole::Progress *g_progress = nullptr;

void cancelOnSignal(int)
{
    if (g_progress)
        g_progress->cancel();
}

void writeText(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char **argv)
{
    porthole::backHeapWithHugePages();
    // A normal user's porthole works in its user namespace (rootless); this
    // must come before any thread exists.
    QString warning;
    if (auto ok = porthole::enterUserNamespace(&warning); !ok) {
        writeText(stderr, QStringLiteral("Error: ") + ok.error().message + QLatin1Char('\n'));
        return ok.error().exitCode;
    }
    if (!warning.isEmpty())
        writeText(stderr, warning + QLatin1Char('\n'));
    QCoreApplication app(argc, argv);
    porthole::Progress progress;
    g_progress = &progress;
    struct sigaction action = {};
    action.sa_handler = cancelOnSignal;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    porthole::CommandIo io;
    io.out = [](const QString &text) { writeText(stdout, text); };
    io.err = [](const QString &text) { writeText(stderr, text); };
    io.inputFd = STDIN_FILENO;
    io.outputFd = STDOUT_FILENO;
    io.inputIsTerminal = isatty(STDIN_FILENO);
    io.outputIsTerminal = isatty(STDOUT_FILENO);
    io.progress = &progress;
    QStringList words = app.arguments();
    words.removeFirst();
    return porthole::runCommand(words, io);
}
