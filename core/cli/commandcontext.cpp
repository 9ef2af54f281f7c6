#include "cli/commandcontext.h"

#include "cli/gotemplate.h"

#include <QJsonDocument>

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

} // namespace porthole
