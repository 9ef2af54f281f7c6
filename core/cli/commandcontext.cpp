#include "cli/commandcontext.h"

#include "cli/gotemplate.h"

#include <QJsonDocument>

namespace porthole {

Status printInspected(const CommandContext &c, const QJsonArray &objects, const QStringList &notFound)
{
    if (c.command.isSet(QStringLiteral("format"))) {
        for (const auto &value : objects) {
            auto text = renderTemplate(c.command.value(QStringLiteral("format")), value);
            if (!text)
                return std::unexpected(text.error());
            c.line(*text);
        }
    } else if (objects.isEmpty()) {
        c.line(QStringLiteral("[]"));
    } else {
        c.out(QString::fromUtf8(QJsonDocument(objects).toJson(QJsonDocument::Indented)));
    }
    if (notFound.isEmpty())
        return {};
    for (qsizetype i = 0; i + 1 < notFound.size(); ++i)
        if (c.io.err)
            c.io.err(QStringLiteral("Error: ") + notFound.at(i) + QLatin1Char('\n'));
    return fail(notFound.last());
}

} // namespace porthole
