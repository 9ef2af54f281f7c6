#include "gui/app/firstpaintreporter.h"
#include "gui/app/language.h"
#include "gui/app/mainwindow.h"
#include "gui/app/settingsfile.h"

#include "base/processmemory.h"
#include "runtime/usernamespace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>
#include <cstdio>

int main(int argc, char **argv)
{
    porthole::keepStreamingBuffersMapped();
    // A normal user's window works in the user's namespace, as the CLI does
    // (rootless); joined before any thread exists.
    QString warning;
    const porthole::Status entered = porthole::enterUserNamespace(&warning);
    if (!warning.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(warning));
    QApplication app(argc, argv);
    if (!entered) {
        std::fprintf(stderr, "Error: %s\n", qPrintable(entered.error().message));
        QMessageBox::critical(nullptr, QStringLiteral("Porthole"), entered.error().message);
        return entered.error().exitCode;
    }
    settleSettingsFile();
    QApplication::setApplicationVersion(QStringLiteral(PORTHOLE_VERSION));

    QTranslator translator;
    // The language chosen in the window, else the system's, else English
    // (which also spells plurals right).
    if (loadTranslation(translator, chosenLanguage()))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (loadQtTranslation(qtTranslator, chosenLanguage()))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Porthole: see how containers work"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption rootOption(QStringLiteral("root"), QApplication::translate("main", "Store directory"), QStringLiteral("dir"));
    QCommandLineOption runRootOption(QStringLiteral("runroot"), QApplication::translate("main", "Runtime state directory"), QStringLiteral("dir"));
    QCommandLineOption firstPaintOption(QStringLiteral("report-first-paint"),
                                        QApplication::translate("main", "Print the time of the first painted container list, then quit (for benchmarks)"));
    parser.addOption(rootOption);
    parser.addOption(runRootOption);
    parser.addOption(firstPaintOption);
    parser.process(app);

    MainWindow window(porthole::StorePaths::resolve(parser.value(rootOption), parser.value(runRootOption)));
    if (parser.isSet(firstPaintOption))
        new FirstPaintReporter(&window);
    window.show();
    return QApplication::exec();
}
