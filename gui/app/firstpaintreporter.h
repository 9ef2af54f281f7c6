#pragma once
// For the responsiveness benchmark (porthole-gui --report-first-paint): once
// the container list has arrived and been painted, prints "first-paint
// containers=N rss-kb=K" on stdout and quits. The benchmark times the
// process from its start to this line.
#include <QObject>

class MainWindow;
class QTableView;

class FirstPaintReporter : public QObject {
    Q_OBJECT
public:
    explicit FirstPaintReporter(MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_table;
    int m_containers = -1; // -1 until the list arrived
};
