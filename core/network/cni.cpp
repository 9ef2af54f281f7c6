#include "network/cni.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <cerrno>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

namespace porthole {
namespace {

// The plugin started inside the network namespace at path (none when path
// is empty): its descriptor (to close once started), -1 when it cannot be
// opened, -2 with no path.
int enterOnStart(QProcess &process, const QString &path)
{
    if (path.isEmpty())
        return -2;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    process.setChildProcessModifier([fd] {
        if (::setns(fd, CLONE_NEWNET) != 0) {
            static const char message[] = "cannot enter the user's network namespace\n";
            (void)!::write(2, message, sizeof message - 1);
            ::_exit(126);
        }
    });
    return fd;
}

Result<QJsonObject> runPlugin(const QString &command, const QJsonObject &input, const CniCall &call)
{
    const QString type = input.value(QLatin1String("type")).toString();
    const QString program = call.pluginDir + QLatin1Char('/') + type;
    if (!QFileInfo(program).isExecutable())
        return fail(QStringLiteral("CNI plugin \"%1\" was not found in %2: install containernetworking-plugins "
                                   "(apt-get install containernetworking-plugins)")
                        .arg(type, call.pluginDir));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CNI_COMMAND"), command);
    env.insert(QStringLiteral("CNI_CONTAINERID"), call.containerId);
    env.insert(QStringLiteral("CNI_NETNS"), call.netnsPath);
    env.insert(QStringLiteral("CNI_IFNAME"), call.ifName);
    env.insert(QStringLiteral("CNI_PATH"), call.pluginDir);
    // The plugins run iptables and friends from /usr/sbin.
    env.insert(QStringLiteral("PATH"), env.value(QStringLiteral("PATH")) + QStringLiteral(":/usr/sbin:/sbin"));
    QProcess process;
    process.setProcessEnvironment(env);
    const int hostNetns = enterOnStart(process, call.hostNetnsPath);
    if (hostNetns == -1)
        return fail(QStringLiteral("cannot open the network namespace %1: %2").arg(call.hostNetnsPath, systemErrorText(errno)));
    process.start(program, {});
    if (hostNetns >= 0)
        ::close(hostNetns);
    if (!process.waitForStarted(10000))
        return fail(QStringLiteral("cannot run CNI plugin %1: %2").arg(program, process.errorString()));
    process.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return fail(QStringLiteral("CNI plugin %1 did not finish %2 within 60 s").arg(type, command));
    }
    const QByteArray out = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return fail(cniErrorText(type, out, process.readAllStandardError(),
                                 process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1));
    if (out.trimmed().isEmpty())
        return QJsonObject();
    const QJsonDocument result = QJsonDocument::fromJson(out);
    if (!result.isObject())
        return fail(QStringLiteral("CNI plugin %1 printed something that is not a JSON result").arg(type));
    return result.object();
}

} // namespace

QString cniPluginDir()
{
    const QByteArray fromEnv = qgetenv("PORTHOLE_CNI_PATH");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/lib/cni") : QString::fromLocal8Bit(fromEnv);
}

QJsonObject cniPluginInput(const QJsonObject &configList, int index, const QJsonObject &prevResult,
                           const QJsonObject &runtimeConfig)
{
    QJsonObject input = configList.value(QLatin1String("plugins")).toArray().at(index).toObject();
    input.insert(QLatin1String("cniVersion"), configList.value(QLatin1String("cniVersion")));
    input.insert(QLatin1String("name"), configList.value(QLatin1String("name")));
    if (!prevResult.isEmpty())
        input.insert(QLatin1String("prevResult"), prevResult);
    const QJsonObject capabilities = input.value(QLatin1String("capabilities")).toObject();
    QJsonObject wanted;
    for (auto it = capabilities.begin(); it != capabilities.end(); ++it)
        if (it.value().toBool() && runtimeConfig.contains(it.key()))
            wanted.insert(it.key(), runtimeConfig.value(it.key()));
    input.remove(QLatin1String("capabilities"));
    if (!wanted.isEmpty())
        input.insert(QLatin1String("runtimeConfig"), wanted);
    return input;
}

Result<QJsonObject> cniAdd(const QJsonObject &configList, const CniCall &call)
{
    const int count = int(configList.value(QLatin1String("plugins")).toArray().size());
    QJsonObject result;
    for (int i = 0; i < count; ++i) {
        auto next = runPlugin(QStringLiteral("ADD"), cniPluginInput(configList, i, result, call.runtimeConfig), call);
        if (!next)
            return std::unexpected(next.error()); // the caller runs DEL, as the spec asks
        if (!next->isEmpty())
            result = *next;
    }
    return result;
}

Status cniDel(const QJsonObject &configList, const CniCall &call, const QJsonObject &addResult)
{
    const int count = int(configList.value(QLatin1String("plugins")).toArray().size());
    Status firstError;
    for (int i = count - 1; i >= 0; --i) {
        auto done = runPlugin(QStringLiteral("DEL"), cniPluginInput(configList, i, addResult, call.runtimeConfig), call);
        if (!done && firstError)
            firstError = std::unexpected(done.error());
    }
    return firstError;
}

Status cniLoopbackUp(const CniCall &call)
{
    CniCall loopback = call;
    loopback.ifName = QStringLiteral("lo");
    const QJsonObject input{{QLatin1String("cniVersion"), QStringLiteral("1.0.0")},
                            {QLatin1String("name"), QStringLiteral("lo")},
                            {QLatin1String("type"), QStringLiteral("loopback")}};
    auto done = runPlugin(QStringLiteral("ADD"), input, loopback);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<CniAttachment> parseCniResult(const QJsonObject &result, const QString &ifName)
{
    const QJsonArray interfaces = result.value(QLatin1String("interfaces")).toArray();
    CniAttachment attachment;
    int wantedIndex = -1;
    for (int i = 0; i < interfaces.size(); ++i) {
        const QJsonObject interface = interfaces.at(i).toObject();
        if (interface.value(QLatin1String("name")).toString() == ifName
            && !interface.value(QLatin1String("sandbox")).toString().isEmpty()) {
            wantedIndex = i;
            attachment.macAddress = interface.value(QLatin1String("mac")).toString();
        }
    }
    for (const QJsonValue &value : result.value(QLatin1String("ips")).toArray()) {
        const QJsonObject ip = value.toObject();
        const QString address = ip.value(QLatin1String("address")).toString();
        if (!address.contains(QLatin1Char('.')))
            continue; // IPv6
        if (ip.contains(QLatin1String("interface")) && ip.value(QLatin1String("interface")).toInt() != wantedIndex)
            continue;
        attachment.address = address.section(QLatin1Char('/'), 0, 0);
        attachment.prefixLength = address.section(QLatin1Char('/'), 1).toInt();
        attachment.gateway = ip.value(QLatin1String("gateway")).toString();
        return attachment;
    }
    return fail(QStringLiteral("the CNI result has no IPv4 address for %1").arg(ifName));
}

QString cniErrorText(const QString &plugin, const QByteArray &stdoutText, const QByteArray &stderrText, int exitCode)
{
    const QJsonObject error = QJsonDocument::fromJson(stdoutText).object();
    QString message = error.value(QLatin1String("msg")).toString();
    const QString details = error.value(QLatin1String("details")).toString();
    if (!details.isEmpty() && details != message)
        message += (message.isEmpty() ? QString() : QStringLiteral(": ")) + details;
    if (message.isEmpty())
        message = QString::fromLocal8Bit(stderrText.trimmed()).section(QLatin1Char('\n'), -1);
    if (message.isEmpty())
        message = exitCode < 0 ? QStringLiteral("crashed") : QStringLiteral("exited with status %1").arg(exitCode);
    return QStringLiteral("CNI plugin %1: %2").arg(plugin, message);
}

} // namespace porthole
