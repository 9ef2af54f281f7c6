// Every user-visible string of the window has a finished Simplified Chinese
// translation: lupdate scans the sources into a copy of porthole_zh_CN.ts,
// and any new, unfinished or empty message fails the test with its text.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void everyStringHasAFinishedChineseTranslation()
    {
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("porthole_zh_CN.ts"));
        QVERIFY(QFile::copy(QStringLiteral(PORTHOLE_SOURCE_DIR "/translations/porthole_zh_CN.ts"), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(LUPDATE_BIN), {QStringLiteral("-no-obsolete"), QStringLiteral("-silent"),
                                                    QStringLiteral(PORTHOLE_SOURCE_DIR "/gui"),
                                                    QStringLiteral(PORTHOLE_SOURCE_DIR "/core"), // teaching texts through translate()
                                                    QStringLiteral("-ts"), ts});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context, source;
        QStringList lacking;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                if (type == QLatin1String("unfinished") || text.isEmpty())
                    lacking.append(context + QStringLiteral(": ") + source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
        QVERIFY2(lacking.isEmpty(), qPrintable(QStringLiteral("%1 string(s) lack a zh_CN translation:\n").arg(lacking.size()) + lacking.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
