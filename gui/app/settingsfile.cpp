#include "gui/app/settingsfile.h"

#include <QCoreApplication>
#include <QSettings>

void settleSettingsFile()
{
    QCoreApplication::setOrganizationName(QStringLiteral("porthole"));
    QCoreApplication::setApplicationName(QStringLiteral("porthole-gui"));
    // Qt's name for the organisation when none was set.
    QSettings earlier(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Unknown Organization"), QStringLiteral("porthole-gui"));
    const QStringList keys = earlier.allKeys();
    if (keys.isEmpty())
        return;
    QSettings settings;
    for (const QString &key : keys)
        if (!settings.contains(key))
            settings.setValue(key, earlier.value(key));
    settings.sync();
    if (settings.status() == QSettings::NoError)
        earlier.clear();
}
