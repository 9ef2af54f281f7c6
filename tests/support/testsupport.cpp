#include "testsupport.h"
#include "network/firewallrules.h"
#include <csignal>

#include <QCoreApplication>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <archive.h>
#include <csignal>
#include <archive_entry.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace testsupport {
namespace {

la_ssize_t appendToByteArray(struct archive *, void *client, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(client)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

void addFilter(struct archive *a, const QString &filter)
{
    if (filter == QLatin1String("gzip"))
        archive_write_add_filter_gzip(a);
    else if (filter == QLatin1String("bzip2"))
        archive_write_add_filter_bzip2(a);
    else if (filter == QLatin1String("xz"))
        archive_write_add_filter_xz(a);
    else if (filter == QLatin1String("zstd"))
        archive_write_add_filter_zstd(a);
}

} // namespace

QByteArray makeTar(const QList<TarEntry> &entries, const QString &filter)
{
    QByteArray out;
    struct archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    addFilter(a, filter);
    archive_write_open(a, &out, nullptr, appendToByteArray, nullptr);
    for (const TarEntry &spec : entries) {
        struct archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, spec.name.constData());
        archive_entry_set_perm(entry, mode_t(spec.mode));
        archive_entry_set_mtime(entry, 1700000000, 0);
        archive_entry_set_uid(entry, 0);
        archive_entry_set_gid(entry, 0);
        switch (spec.type) {
        case 'd': archive_entry_set_filetype(entry, AE_IFDIR); break;
        case 'l':
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink(entry, spec.link.constData());
            break;
        case 'h':
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_hardlink(entry, spec.link.constData());
            break;
        case 'c':
        case 'b':
            archive_entry_set_filetype(entry, spec.type == 'c' ? AE_IFCHR : AE_IFBLK);
            archive_entry_set_rdev(entry, makedev(spec.devMajor, spec.devMinor));
            break;
        case 'p': archive_entry_set_filetype(entry, AE_IFIFO); break;
        default:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_size(entry, spec.data.size());
        }
        for (const auto &[key, value] : spec.xattrs)
            archive_entry_xattr_add_entry(entry, key.constData(), value.constData(), size_t(value.size()));
        archive_write_header(a, entry);
        if (spec.type == 'f' && !spec.data.isEmpty())
            archive_write_data(a, spec.data.constData(), size_t(spec.data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

QByteArray compress(const QByteArray &data, const QString &filter)
{
    // The real tools, as users make these files.
    QProcess process;
    process.start(filter, {QStringLiteral("-c")});
    process.waitForStarted();
    process.write(data);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (process.exitCode() == 0)
        return process.readAllStandardOutput();
    qWarning("%s failed; compressing with libarchive", qPrintable(filter));
    QByteArray out;
    struct archive *a = archive_write_new();
    archive_write_set_format_raw(a);
    addFilter(a, filter);
    archive_write_open(a, &out, nullptr, appendToByteArray, nullptr);
    struct archive_entry *entry = archive_entry_new();
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_write_header(a, entry);
    archive_write_data(a, data.constData(), size_t(data.size()));
    archive_entry_free(entry);
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TempStore::TempStore()
{
    paths.root = m_dir.path() + QStringLiteral("/root");
    paths.runRoot = m_dir.path() + QStringLiteral("/run");
    // The test owning this store: the sweep leaves stores of live tests alone.
    QFile owner(m_dir.path() + QStringLiteral("/owner"));
    if (owner.open(QIODevice::WriteOnly))
        owner.write(QByteArray::number(QCoreApplication::applicationPid()));
}

// A command killed mid-start (tests/crash) can leave a runc container and
// its conmon that no record names: force-delete every container under this
// store's runc root, then end any process still naming the store's paths.
void TempStore::killLeftoverRuntime() const
{
    const QString runcRoot = paths.runRoot + QStringLiteral("/runc");
    if (QFileInfo::exists(runcRoot)) {
        const RunResult listed = runProgram(QStringLiteral("runc"), {QStringLiteral("--root"), runcRoot, QStringLiteral("list"), QStringLiteral("-q")});
        for (const QByteArray &id : listed.out.split('\n'))
            if (!id.trimmed().isEmpty()) {
                const QString name = QString::fromLatin1(id.trimmed());
                runProgram(QStringLiteral("runc"), {QStringLiteral("--root"), runcRoot, QStringLiteral("delete"), QStringLiteral("--force"), name});
                if (QFileInfo::exists(QStringLiteral("/run/netns/porthole-") + name.left(12)))
                    runProgram(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("delete"), QStringLiteral("porthole-") + name.left(12)});
            }
    }
    const QByteArray runRoot = QFile::encodeName(paths.runRoot), root = QFile::encodeName(paths.root);
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool numeric = false;
        const qint64 number = pid.toLongLong(&numeric);
        if (!numeric || number == QCoreApplication::applicationPid())
            continue;
        QFile cmdline(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray args = cmdline.readAll();
        if ((!runRoot.isEmpty() && args.contains(runRoot)) || (!root.isEmpty() && args.contains(QByteArray(root + '/'))))
            ::kill(pid_t(number), SIGKILL);
    }
}

void TempStore::unmountLeftovers() const
{
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    if (!mounts.open(QIODevice::ReadOnly))
        return;
    const QByteArray under = QFile::encodeName(dir()) + '/';
    QList<QByteArray> points;
    for (const QByteArray &line : mounts.readAll().split('\n'))
        if (const QByteArray point = line.split(' ').value(1); point.startsWith(under))
            points.prepend(point); // the newest (deepest) first
    for (const QByteArray &point : points)
        runProgram(QStringLiteral("umount"), {QStringLiteral("-l"), QFile::decodeName(point)});
}

TempStore::~TempStore()
{
    // Whatever the test did or failed to do: no container, mount, network
    // namespace or bridge of this store outlives it.
    if (!QFileInfo::exists(paths.root + QStringLiteral("/containers")) && !QFileInfo::exists(paths.root + QStringLiteral("/networks"))) {
        killLeftoverRuntime();
        unmountLeftovers();
        return;
    }
    const QStringList ids = QDir(paths.root + QStringLiteral("/containers")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (!ids.isEmpty())
        runPorthole(*this, QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + ids, {}, 60000);
    for (const QString &id : ids)
        if (QFileInfo::exists(QStringLiteral("/run/netns/porthole-") + id.left(12)))
            runProgram(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("delete"), QStringLiteral("porthole-") + id.left(12)});
    // The networks' bridges, and those of removals killed midway.
    const QStringList networksDirs{paths.root + QStringLiteral("/networks"), paths.root + QStringLiteral("/networks/removing")};
    for (const QString &networksDir : networksDirs) {
        for (const QString &file : QDir(networksDir).entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile json(networksDir + QLatin1Char('/') + file);
            json.open(QIODevice::ReadOnly);
            const QString bridge = QJsonDocument::fromJson(json.readAll()).object().value(QLatin1String("Bridge")).toString();
            if (!bridge.isEmpty() && QFileInfo::exists(QStringLiteral("/sys/class/net/") + bridge))
                runProgram(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("delete"), bridge});
            // The firewall plugin's isolation rules for it, which its DEL leaves (network rm removes them too).
            if (!bridge.isEmpty() && !QFileInfo::exists(QStringLiteral("/sys/class/net/") + bridge))
                (void)porthole::removeIsolationRules(bridge);
        }
    }
    killLeftoverRuntime(); // what no record names any more
    unmountLeftovers();    // volumes' devices, layers a killed command left mounted
}

porthole::ImageStore TempStore::open() const
{
    auto store = porthole::ImageStore::open(paths);
    if (!store)
        qFatal("cannot open test store: %s", qPrintable(store.error().message));
    return std::move(*store);
}

QStringList TempStore::layerDirs() const
{
    return QDir(paths.layersDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
}

QStringList TempStore::imageDirs() const
{
    return QDir(paths.imagesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
}

QStringList TempStore::tmpEntries() const
{
    return QDir(paths.tmpDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

bool TempStore::isEmpty() const
{
    return layerDirs().isEmpty() && imageDirs().isEmpty() && tmpEntries().isEmpty();
}

RunResult runProgram(const QString &program, const QStringList &args, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.start(program, args);
    RunResult result;
    if (!process.waitForStarted(10000)) {
        result.err = "cannot start " + program.toLocal8Bit();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

RunResult runPorthole(const TempStore &store, const QStringList &args, const QByteArray &input, int timeoutMs)
{
    QStringList all{QStringLiteral("--root"), store.paths.root, QStringLiteral("--runroot"), store.paths.runRoot};
    all += args;
    return runProgram(QStringLiteral(PORTHOLE_BIN), all, input, timeoutMs);
}

int waitMs(int ms)
{
    bool ok = false;
    const int slowdown = qEnvironmentVariableIntValue("PORTHOLE_TEST_SLOWDOWN", &ok);
    return ok && slowdown > 1 ? ms * slowdown : ms;
}

bool isRoot()
{
    return geteuid() == 0;
}

} // namespace testsupport
