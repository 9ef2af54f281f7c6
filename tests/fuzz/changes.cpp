// `--change` lines (import/commit): Dockerfile instructions applied to an
// image config. One instruction per line of the input.
#include "fuzzsupport.h"
#include "images/changes.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace porthole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList lines = fuzz::text(data, size).split(QLatin1Char('\n'));
    QJsonObject config{{QStringLiteral("Env"), QJsonArray{QStringLiteral("PATH=/usr/bin")}},
                       {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh")}}};
    for (const QString &line : lines) {
        QJsonObject one = config;
        (void)applyChange(one, line);
    }
    (void)applyChanges(config, lines);
    return 0;
}
