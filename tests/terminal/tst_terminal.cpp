// The terminal widget offscreen: escape sequences fed to the model, then
// cell contents, colours, attributes, wide characters, the alternate
// screen, scrollback and search, cursor shapes, keys and pastes out,
// input-method text, and the view's coalesced painting and resizing.
#include "terminalmodel.h"
#include "terminalview.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QSignalSpy>
#include <QTest>

class TestTerminal : public QObject {
    Q_OBJECT
private slots:
    void textAndCursor()
    {
        TerminalModel model(24, 80);
        model.feed("hello\r\nworld");
        QCOMPARE(model.lineText(0), QStringLiteral("hello"));
        QCOMPARE(model.lineText(1), QStringLiteral("world"));
        QCOMPARE(model.cursor(), QPoint(5, 1));
        QVERIFY(!model.takeDamage().isEmpty());
        QVERIFY(model.takeDamage().isEmpty()); // taken
    }

    void coloursAndAttributes()
    {
        TerminalModel model(24, 80);
        model.feed("\x1b[38;5;196mR\x1b[38;2;10;20;30;48;2;1;2;3mT\x1b[0m\x1b[1;3;4;7mS\x1b[0mN");
        QCOMPARE(model.cell(0, 0).fg, qRgb(255, 0, 0)); // 256-colour index 196
        QCOMPARE(model.cell(0, 1).fg, qRgb(10, 20, 30)); // truecolour
        QCOMPARE(model.cell(0, 1).bg, qRgb(1, 2, 3));
        const auto styled = model.cell(0, 2);
        QVERIFY(styled.attrs & TerminalModel::Bold);
        QVERIFY(styled.attrs & TerminalModel::Italic);
        QVERIFY(styled.attrs & TerminalModel::Underline);
        QVERIFY(styled.attrs & TerminalModel::Reverse);
        QVERIFY(model.cell(0, 3).attrs & TerminalModel::DefaultFg);
        QCOMPARE(model.cell(0, 3).fg, model.defaultForeground());
    }

    void wideCharacters()
    {
        TerminalModel model(24, 80);
        model.feed(QStringLiteral("中文ok").toUtf8());
        QCOMPARE(model.cell(0, 0).ch, char32_t(U'中'));
        QCOMPARE(int(model.cell(0, 0).width), 2);
        QCOMPARE(int(model.cell(0, 1).width), 0); // the right half
        QCOMPARE(model.cell(0, 2).ch, char32_t(U'文'));
        QCOMPARE(model.cell(0, 4).ch, char32_t(U'o'));
        QCOMPARE(model.cursor(), QPoint(6, 0));
        QCOMPARE(model.lineText(0), QStringLiteral("中文ok"));
    }

    void alternateScreen()
    {
        TerminalModel model(24, 80);
        model.feed("main screen");
        model.feed("\x1b[?1049h");
        QVERIFY(model.isAltScreen());
        QCOMPARE(model.lineText(0), QString());
        model.feed("\x1b[Hvi was here");
        QCOMPARE(model.lineText(0), QStringLiteral("vi was here"));
        model.feed("\x1b[?1049l");
        QVERIFY(!model.isAltScreen());
        QCOMPARE(model.lineText(0), QStringLiteral("main screen"));
    }

    void scrollbackAndSearch()
    {
        TerminalModel model(24, 80, 10000);
        QByteArray lines;
        for (int i = 0; i < 12000; ++i)
            lines += "line " + QByteArray::number(i) + "\r\n";
        model.feed(lines);
        QCOMPARE(model.scrollbackLines(), 10000);
        QCOMPARE(model.lineText(-1), QStringLiteral("line 11976"));
        QCOMPARE(model.lineText(-10000), QStringLiteral("line 1977"));
        QCOMPARE(model.lineText(22), QStringLiteral("line 11999"));
        const auto found = model.findUp(QStringLiteral("line 5000"), model.rows() - 1);
        QVERIFY(found);
        QCOMPARE(model.lineText(found->y()), QStringLiteral("line 5000"));
        QVERIFY(!model.findUp(QStringLiteral("line 100\n"), 23));
    }

    void cursorShapesAndMouseMode()
    {
        TerminalModel model(24, 80);
        QCOMPARE(model.cursorShape(), TerminalModel::CursorShape::Block);
        model.feed("\x1b[4 q");
        QCOMPARE(model.cursorShape(), TerminalModel::CursorShape::Underline);
        model.feed("\x1b[6 q");
        QCOMPARE(model.cursorShape(), TerminalModel::CursorShape::Bar);
        model.feed("\x1b[?25l");
        QVERIFY(!model.cursorVisible());
        model.feed("\x1b[?1000h");
        QCOMPARE(model.mouseMode(), 1);
        QSignalSpy out(&model, &TerminalModel::output);
        model.sendMouse(2, 3, 1, true, Qt::NoModifier);
        QVERIFY(!out.isEmpty() && out.last().first().toByteArray().startsWith("\x1b[M"));
    }

    void keysAndPastesOut()
    {
        TerminalModel model(24, 80);
        QSignalSpy out(&model, &TerminalModel::output);
        auto sent = [&] {
            QByteArray all;
            for (const auto &args : out)
                all += args.first().toByteArray();
            out.clear();
            return all;
        };
        model.sendKey(Qt::Key_Up, Qt::NoModifier, {});
        QCOMPARE(sent(), QByteArray("\x1b[A"));
        model.sendKey(Qt::Key_C, Qt::ControlModifier, QStringLiteral("\x03"));
        QCOMPARE(sent(), QByteArray("\x03"));
        model.sendKey(Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
        QCOMPARE(sent(), QByteArray("\r"));
        model.sendKey(Qt::Key_E, Qt::NoModifier, QStringLiteral("é"));
        QCOMPARE(sent(), QStringLiteral("é").toUtf8());
        model.paste(QStringLiteral("ls"));
        QCOMPARE(sent(), QByteArray("ls"));
        model.feed("\x1b[?2004h"); // the program asks for bracketed paste
        model.paste(QStringLiteral("ls"));
        QCOMPARE(sent(), QByteArray("\x1b[200~ls\x1b[201~"));
    }

    void inputMethodTextReachesTheProgram()
    {
        TerminalModel model(24, 80);
        TerminalView view(&model);
        view.resize(640, 400);
        view.show();
        QSignalSpy out(&model, &TerminalModel::output);
        QInputMethodEvent preedit(QStringLiteral("zhong"), {});
        QApplication::sendEvent(&view, &preedit);
        QVERIFY(out.isEmpty()); // composing: nothing sent yet
        QVERIFY(view.inputMethodQuery(Qt::ImCursorRectangle).toRect().isValid());
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("中文"));
        QApplication::sendEvent(&view, &commit);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).first().toByteArray() + out.at(1).first().toByteArray(), QStringLiteral("中文").toUtf8());
    }

    void viewCoalescesPaintsAndFollowsItsSize()
    {
        TerminalModel model(24, 80);
        TerminalView view(&model);
        QSignalSpy resized(&view, &TerminalView::terminalResized);
        view.resize(view.cellSize().width() * 100 + 40, view.cellSize().height() * 30 + 10);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!resized.isEmpty());
        QCOMPARE(model.columns(), resized.last().at(1).toInt());
        QVERIFY(model.columns() >= 90 && model.rows() >= 28);
        QTest::qWait(100);
        const int before = view.paintCount();
        for (int i = 0; i < 500; ++i) // a burst of small writes
            model.feed("x");
        QTest::qWait(80);
        QVERIFY2(view.paintCount() - before <= 2, qPrintable(QString::number(view.paintCount() - before)));
        QVERIFY2(view.paintCount() > before, qPrintable(QStringLiteral("paints %1 -> %2, line '%3'").arg(before).arg(view.paintCount()).arg(model.lineText(0).left(10))));
        // Selection, copy text, search.
        model.feed("\r\nfind me here\r\n");
        QVERIFY(view.findNext(QStringLiteral("find me")));
        QCOMPARE(view.selectedText(), QStringLiteral("find me"));
        view.selectAll();
        QVERIFY(view.selectedText().contains(QStringLiteral("find me here")));
        const QSize cell = view.cellSize();
        view.zoom(4);
        QVERIFY(view.cellSize().height() > cell.height());
    }
};

QTEST_MAIN(TestTerminal)
#include "tst_terminal.moc"
