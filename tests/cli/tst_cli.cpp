#include <QTest>
class T : public QObject { Q_OBJECT private slots: void todo(){ QFAIL("not written"); } };
QTEST_GUILESS_MAIN(T)
#include "tst_cli.moc"
