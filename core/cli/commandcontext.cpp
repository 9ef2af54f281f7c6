#include "cli/commandcontext.h"

#include "cli/gotemplate.h"

#include <QJsonDocument>
#include <unistd.h>

namespace porthole {

Status printInspected(const CommandContext &c, const QJsonArray &objects)
{
    if (c.command.isSet(QStringLiteral("format"))) {
        for (const auto &value : objects) {
            auto text = renderTemplate(c.command.value(QStringLiteral("format")), value);
            if (!text)
                return std::unexpected(text.error());
            c.line(*text);
        }
        return {};
    }
    c.out(QString::fromUtf8(QJsonDocument(objects).toJson(QJsonDocument::Indented)));
    return {};
}

bool confirm(const CommandContext &c, const QString &warning)
{
    c.out(warning + QStringLiteral(" [y/N] "));
    if (c.io.inputFd < 0)
        return false;
    QByteArray answer;
    char byte = 0;
    while (::read(c.io.inputFd, &byte, 1) == 1 && byte != '\n')
        answer.append(byte);
    const QByteArray word = answer.trimmed();
    return word == "y" || word == "Y";
}

} // namespace porthole
