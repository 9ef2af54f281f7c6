#include "base/storepaths.h"

#include <QDir>
#include <QStandardPaths>
#include <unistd.h>

namespace porthole {

StorePaths StorePaths::resolve(const QString &rootOption, const QString &runRootOption)
{
    StorePaths paths;
    paths.root = rootOption;
    if (paths.root.isEmpty())
        paths.root = qEnvironmentVariable("PORTHOLE_ROOT");
    paths.runRoot = runRootOption;
    if (paths.runRoot.isEmpty())
        paths.runRoot = qEnvironmentVariable("PORTHOLE_RUNROOT");

    const bool isRoot = geteuid() == 0;
    if (paths.root.isEmpty()) {
        paths.root = isRoot ? QStringLiteral("/var/lib/porthole")
                            : QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                                  + QStringLiteral("/porthole");
    }
    if (paths.runRoot.isEmpty()) {
        paths.runRoot = isRoot ? QStringLiteral("/run/porthole")
                               : QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)
                                     + QStringLiteral("/porthole");
    }
    paths.root = QDir::cleanPath(QDir::current().absoluteFilePath(paths.root));
    paths.runRoot = QDir::cleanPath(QDir::current().absoluteFilePath(paths.runRoot));
    return paths;
}

} // namespace porthole
