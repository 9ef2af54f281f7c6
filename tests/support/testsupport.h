#pragma once
// Helpers shared by the tests: tar archives built in memory with libarchive,
// private stores, running the real porthole binary, and the root rule.
#include "images/imagestore.h"
#include "base/storepaths.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace testsupport {

struct TarEntry {
    QByteArray name;
    char type = 'f'; // f file, d dir, l symlink, h hard link, c char device, b block device, p fifo
    QByteArray data;
    QByteArray link;
    int mode = 0644;
    int devMajor = 0;
    int devMinor = 0;
    QList<QPair<QByteArray, QByteArray>> xattrs;
};

// A tar in memory; filter is "", "gzip", "bzip2", "xz" or "zstd".
QByteArray makeTar(const QList<TarEntry> &entries, const QString &filter = {});
QByteArray compress(const QByteArray &data, const QString &filter);
QString writeFile(const QString &dir, const QString &name, const QByteArray &data);
// A file's bytes; empty when it cannot be read.
QByteArray fileBytes(const QString &path);

// A store of its own in a temporary directory, removed afterwards.
class TempStore {
public:
    TempStore();
    ~TempStore(); // removes its containers, their namespaces, its bridges and mounts
    void killLeftoverRuntime() const;
    void unmountLeftovers() const;
    TempStore(const TempStore &) = delete;
    TempStore &operator=(const TempStore &) = delete;
    porthole::StorePaths paths;
    porthole::ImageStore open() const;
    QStringList layerDirs() const;
    QStringList imageDirs() const;
    QStringList tmpEntries() const;
    bool isEmpty() const; // no layers, no images, nothing in tmp
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

struct RunResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the real porthole binary with --root/--runroot of the store.
RunResult runPorthole(const TempStore &store, const QStringList &args, const QByteArray &input = {},
                      int timeoutMs = 120000);
RunResult runProgram(const QString &program, const QStringList &args, const QByteArray &input = {},
                     int timeoutMs = 120000);

bool isRoot();

// How long a test waits for the engine to reach a state: ms on a normal
// build, times PORTHOLE_TEST_SLOWDOWN where the build is slower (the
// sanitizer step sets it: -O0 with AddressSanitizer starts a container
// several times slower). A wait, never a measurement: QTRY returns as soon
// as the state is reached.
int waitMs(int ms);

} // namespace testsupport

// Root tests: skipped outside CI when not root; with CI=true a skip is a failure.
// Skips what this machine cannot show, except under CI=true, where every
// test must run: there the skip is a failure.
#define SKIP_OUTSIDE_CI(why)                                                                     \
    do {                                                                                         \
        if (qEnvironmentVariable("CI") == QLatin1String("true"))                                 \
            QFAIL(why " (CI must be able to run this test)");                                    \
        QSKIP(why);                                                                              \
    } while (false)

#define REQUIRE_ROOT()                                                                           \
    do {                                                                                         \
        if (!testsupport::isRoot()) {                                                            \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                             \
                QFAIL("this test needs root, and CI must run it as root");                       \
            QSKIP("needs root");                                                                 \
        }                                                                                        \
    } while (false)

#define REQUIRE_OK(expr)                                                                         \
    do {                                                                                         \
        const auto &porthole_result_ = (expr);                                                   \
        if (!porthole_result_)                                                                   \
            QFAIL(qPrintable(porthole_result_.error().message));                                 \
    } while (false)
