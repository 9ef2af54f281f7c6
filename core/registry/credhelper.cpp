#include "registry/credhelper.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace porthole {
namespace {

bool saysNotFound(const QByteArray &output)
{
    return output.contains("credentials not found");
}

// The helper's own words, shortened: never the input, which may hold a secret.
QString helperMessage(const QByteArray &output)
{
    QString text = QString::fromUtf8(output).simplified();
    if (text.size() > 200)
        text = text.left(200) + QStringLiteral("…");
    return text;
}

} // namespace

Result<CredentialHelper::Outcome> CredentialHelper::run(const QString &action, const QByteArray &input) const
{
    const QString path = QStandardPaths::findExecutable(program());
    if (path.isEmpty())
        return fail(QStringLiteral("the credential helper %1 is not installed (named by credsStore or credHelpers)").arg(program()));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(path, {action});
    if (!process.waitForStarted(10000))
        return fail(QStringLiteral("cannot run %1: %2").arg(program(), process.errorString()));
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return fail(QStringLiteral("%1 %2 did not finish within two minutes").arg(program(), action));
    }
    Outcome outcome;
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.output = process.readAll();
    return outcome;
}

Result<std::optional<Credentials>> CredentialHelper::get(const QString &serverUrl) const
{
    auto outcome = run(QStringLiteral("get"), serverUrl.toUtf8());
    if (!outcome)
        return std::unexpected(outcome.error());
    if (outcome->exitCode != 0) {
        if (saysNotFound(outcome->output))
            return std::optional<Credentials>();
        return fail(QStringLiteral("error getting credentials - %1: %2").arg(program(), helperMessage(outcome->output)));
    }
    const QJsonObject json = QJsonDocument::fromJson(outcome->output).object();
    Credentials credentials{json.value(QLatin1String("Username")).toString(), json.value(QLatin1String("Secret")).toString()};
    if (credentials.secret.isEmpty())
        return std::optional<Credentials>();
    return std::optional<Credentials>(credentials);
}

Status CredentialHelper::store(const QString &serverUrl, const Credentials &credentials) const
{
    const QJsonObject json{{QLatin1String("ServerURL"), serverUrl},
                           {QLatin1String("Username"), credentials.username},
                           {QLatin1String("Secret"), credentials.secret}};
    auto outcome = run(QStringLiteral("store"), QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!outcome)
        return std::unexpected(outcome.error());
    if (outcome->exitCode != 0)
        return fail(QStringLiteral("error storing credentials - %1: %2").arg(program(), helperMessage(outcome->output)));
    return {};
}

Status CredentialHelper::erase(const QString &serverUrl) const
{
    auto outcome = run(QStringLiteral("erase"), serverUrl.toUtf8());
    if (!outcome)
        return std::unexpected(outcome.error());
    if (outcome->exitCode != 0 && !saysNotFound(outcome->output))
        return fail(QStringLiteral("error erasing credentials - %1: %2").arg(program(), helperMessage(outcome->output)));
    return {};
}

} // namespace porthole
