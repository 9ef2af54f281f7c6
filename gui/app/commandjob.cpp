#include "gui/app/commandjob.h"

#include "base/progress.h"
#include "cli/commands.h"
#include "gui/app/backgroundwork.h"

#include <QSocketNotifier>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

// Lives on the UI thread; the worker emits through it (queued to the job).
struct CommandJob::Relay : QObject {
    Q_OBJECT
public:
    using QObject::QObject;
signals:
    void text(const QString &text, bool isError);
};

namespace {

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

// How many leading bytes are whole UTF-8 characters (a character split
// between two reads waits for its end).
qsizetype wholeCharacters(const QByteArray &data)
{
    for (qsizetype i = data.size() - 1; i >= 0 && i >= data.size() - 4; --i) {
        const uchar c = uchar(data.at(i));
        if ((c & 0xC0) == 0x80)
            continue;
        const qsizetype length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return data.size() - i >= length ? data.size() : i;
    }
    return data.size();
}

} // namespace

CommandJob::CommandJob(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_progress(std::make_shared<porthole::Progress>()),
      m_relay(new Relay, [](Relay *relay) { relay->deleteLater(); })
{
    // A command still writing when its reader is gone (the window closed)
    // gets EPIPE, not a signal that would end the window.
    static const bool ignoringSigpipe = std::signal(SIGPIPE, SIG_IGN) != SIG_ERR;
    Q_UNUSED(ignoringSigpipe);
    connect(m_relay.get(), &Relay::text, this, [this](const QString &text, bool isError) {
        m_text += text;
        emit output(text, isError);
    });
}

CommandJob::~CommandJob()
{
    m_progress->cancel();
    closePipes();
}

void CommandJob::openPipes()
{
    if (m_options.discardsOutput) {
        m_writeFds[0] = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        m_writeFds[1] = ::dup(m_writeFds[0]);
        return;
    }
    if (!m_options.streams)
        return;
    for (int i = 0; i < 2; ++i) {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            continue;
        ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
        m_readFds[i] = fds[0];
        m_writeFds[i] = fds[1];
        m_notifiers[i] = new QSocketNotifier(fds[0], QSocketNotifier::Read, this);
        connect(m_notifiers[i], &QSocketNotifier::activated, this, [this, i] { readPipe(i); });
    }
}

void CommandJob::start()
{
    openPipes();
    const std::shared_ptr<Relay> relay = m_relay;
    const std::shared_ptr<porthole::Progress> progress = m_progress;
    const QStringList words = m_options.words;
    const porthole::RunStepObserver steps = m_options.runSteps;
    const int outFd = std::exchange(m_writeFds[0], -1);
    const int errFd = std::exchange(m_writeFds[1], -1);
    runInBackground(this, [relay, progress, words, steps, outFd, errFd] {
        porthole::CommandIo io;
        io.out = [&relay](const QString &text) { emit relay->text(text, false); };
        io.err = [&relay](const QString &text) { emit relay->text(text, true); };
        io.outputFd = outFd;
        io.errorFd = errFd;
        io.progress = progress.get();
        io.runStep = steps; // `docker run` typed here lights the steps too
        const int code = porthole::runCommand(words, io);
        for (int fd : {outFd, errFd})
            if (fd >= 0)
                ::close(fd); // the reader sees the end
        return code;
    }, [this](int code) {
        for (int i = 0; i < 2; ++i)
            if (m_readFds[i] >= 0)
                readPipe(i); // what is left
        closePipes();
        emit finished(code, m_text);
    });
}

void CommandJob::cancel()
{
    m_progress->cancel();
}

void CommandJob::readPipe(int index)
{
    char buffer[16384];
    for (int round = 0; round < 16; ++round) { // then back to the event loop
        const ssize_t n = ::read(m_readFds[index], buffer, sizeof buffer);
        if (n > 0) {
            m_partial[index].append(buffer, n);
            const qsizetype whole = wholeCharacters(m_partial[index]);
            const QString text = QString::fromUtf8(m_partial[index].left(whole));
            m_partial[index].remove(0, whole);
            m_text += text;
            emit output(text, index == 1);
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            return;
        if (m_notifiers[index])
            m_notifiers[index]->setEnabled(false); // the end
        return;
    }
}

void CommandJob::closePipes()
{
    for (int i = 0; i < 2; ++i) {
        delete std::exchange(m_notifiers[i], nullptr);
        closeFd(m_readFds[i]);
        closeFd(m_writeFds[i]);
    }
}

#include "commandjob.moc"
