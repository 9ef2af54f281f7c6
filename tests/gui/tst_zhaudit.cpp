// The window rendered in Chinese shows no English word of ours (issue 14):
// each main tab, each tab of a container's details and the lesson panel are
// shown in zh_CN and every visible text (labels, buttons, tabs, headers, group
// titles, placeholders, menus) is searched for the English
// words of the window's source strings (porthole_en.ts). A word the Chinese
// translations keep themselves (docker, busybox, SIGTERM, create as a
// command) is not a gap; any other is one, named with where it shows.
#include "gui/app/language.h"
#include "gui/app/mainwindow.h"
#include "gui/containers/containerspage.h"
#include "gui/lesson/lessonpanel.h"
#include "testsupport.h"
#include "windowtesting.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace testsupport;

namespace {

QSet<QString> wordsOf(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QSet<QString> words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words.insert(it.next().captured().toLower());
    return words;
}

// The words of one element of a .ts file (source or translation).
QSet<QString> tsWords(const QString &file, QLatin1String element)
{
    QSet<QString> words;
    QFile ts(file);
    if (!ts.open(QIODevice::ReadOnly))
        return words;
    QXmlStreamReader xml(&ts);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == element)
            words += wordsOf(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    return words;
}

// The text as shown, without the command lines it spells (porthole system
// df -v): those are Docker's words in any language.
QString plain(const QString &text)
{
    static const QRegularExpression command(QStringLiteral("\\b(docker|porthole)( [-\\w./:=]+)+"));
    QString shown = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    return shown.remove(command);
}

// Every visible text of the window, each with the widget it shows in.
QList<QPair<QString, QString>> visibleTexts(QWidget &window)
{
    QList<QPair<QString, QString>> texts;
    const auto add = [&](QObject *where, const QString &text) {
        texts.append({QString::fromLatin1(where->metaObject()->className()) + QLatin1Char(' ') + where->objectName(), plain(text)});
    };
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&window) || !widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(label, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button, button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            add(box, box->title());
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            add(line, line->placeholderText());
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            add(combo, combo->currentText());
        else if (auto *browser = qobject_cast<QTextBrowser *>(widget))
            // Not the lesson's text (the teacher's file, in the seed's words:
            // CONTAINER, running) nor inspect's JSON (Docker's keys and values).
            add(browser, QStringList{QStringLiteral("lessonSteps"), QStringLiteral("inspectView")}.contains(browser->objectName()) ? QString()
                                                                                                                       : browser->toPlainText());
        else if (auto *dock = qobject_cast<QDockWidget *>(widget))
            add(dock, dock->windowTitle());
        else if (auto *bar = qobject_cast<QTabBar *>(widget))
            for (int i = 0; i < bar->count(); ++i)
                add(bar, bar->tabText(i));
        else if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->model())
            for (int i = 0; i < header->count(); ++i)
                add(header, header->model()->headerData(i, header->orientation()).toString());
    }
    for (QAction *action : window.findChild<QMenuBar *>()->actions()) {
        add(action, action->text());
        if (action->menu())
            for (QAction *item : action->menu()->actions())
                add(item, item->text());
    }
    return texts;
}

} // namespace

class TestZhAudit : public QObject {
    Q_OBJECT
private slots:
    void everyPageInChineseShowsNoEnglishWordOfOurs()
    {
        const QSet<QString> ours = tsWords(QStringLiteral(PORTHOLE_SOURCE_DIR "/translations/porthole_en.ts"), QLatin1String("source"));
        const QSet<QString> kept = tsWords(QStringLiteral(PORTHOLE_SOURCE_DIR "/translations/porthole_zh_CN.ts"), QLatin1String("translation"));
        QVERIFY(ours.size() > 300 && ours.contains(QStringLiteral("container")) && !kept.contains(QStringLiteral("container")));
        QTranslator chinese;
        QVERIFY(loadTranslation(chinese, QStringLiteral("zh_CN")));
        QCoreApplication::installTranslator(&chinese);
        REQUIRE_ROOT(); // a running container's details are part of what is audited
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("zh"),
                                     QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("600")})
                     .exitCode,
                 0);
        const auto remove = qScopeGuard([&] { runPorthole(store, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("zh")}); });
        MainWindow window(store.paths);
        window.resize(1280, 800);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        window.findChild<QAction *>(QStringLiteral("lessonAction"))->trigger();
        auto *panel = window.findChild<LessonPanel *>(QStringLiteral("lessonPanel"));
        QTRY_VERIFY(panel->progress());
        QStringList gaps;
        const auto audit = [&](const QString &page) {
            QTest::qWait(100);
            for (const auto &[where, text] : visibleTexts(window))
                for (const QString &word : wordsOf(text))
                    if (ours.contains(word) && !kept.contains(word))
                        gaps.append(QStringLiteral("%1, %2: \"%3\" in \"%4\"").arg(page, where, word, text.left(80)));
        };
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            audit(tabs->tabText(i));
        }
        tabs->setCurrentIndex(0);
        auto *details = window.findChild<QTabWidget *>(QStringLiteral("containerDetails"));
        for (int i = 0; i < details->count(); ++i) {
            details->setCurrentIndex(i);
            audit(details->tabText(i));
        }
        gaps.removeDuplicates();
        QVERIFY2(gaps.isEmpty(), qPrintable(QStringLiteral("%1 English word(s) in the Chinese window:\n").arg(gaps.size()) + gaps.join(u'\n')));
    }
    // An engine refusal reaches the status bar in Docker's English; the
    // Chinese window says it in Chinese first, Docker's words after.
    void aRefusalInTheStatusBarIsSaidInChineseFirst()
    {
        const QSet<QString> ours = tsWords(QStringLiteral(PORTHOLE_SOURCE_DIR "/translations/porthole_en.ts"), QLatin1String("source"));
        const QSet<QString> kept = tsWords(QStringLiteral(PORTHOLE_SOURCE_DIR "/translations/porthole_zh_CN.ts"), QLatin1String("translation"));
        TempStore store;
        MainWindow window(store.paths);
        auto *page = window.findChild<ContainersPage *>();
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusText"));
        QVERIFY(page && status);
        const QString refusal = QStringLiteral("removing t1: You cannot remove a running container t1. Stop the container before attempting removal or force remove");
        emit page->finished(false, refusal);
        QCOMPARE(status->text(), QStringLiteral("Error: ") + refusal); // English: Docker's words alone

        QTranslator chinese;
        QVERIFY(loadTranslation(chinese, QStringLiteral("zh_CN")));
        QCoreApplication::installTranslator(&chinese);
        const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&chinese); });
        for (const QString &message : {refusal, QStringLiteral("Container t1 is not running"), QStringLiteral("No such container: t9"),
                                       QStringLiteral("cannot start a paused container, try unpause instead"),
                                       QStringLiteral("Error response from daemon: conflict: unable to remove repository reference \"busybox\" "
                                                      "(must force) - container 1a2b3c4d5e6f is using its referenced image 0123456789ab")}) {
            emit page->finished(false, message);
            const QString shown = status->text();
            const qsizetype docker = shown.indexOf(QStringLiteral("Docker："));
            QVERIFY2(docker > 0 && shown.mid(docker).contains(message), qPrintable(shown));
            QStringList english;
            for (const QString &word : wordsOf(shown.left(docker)))
                if (ours.contains(word) && !kept.contains(word))
                    english.append(word);
            QVERIFY2(english.isEmpty(), qPrintable(shown));
        }
        emit page->finished(false, QStringLiteral("something no one translated"));
        QVERIFY2(status->text().endsWith(QStringLiteral("something no one translated")), qPrintable(status->text()));
    }
};

QTEST_MAIN(TestZhAudit)
#include "tst_zhaudit.moc"
