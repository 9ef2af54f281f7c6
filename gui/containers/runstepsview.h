#pragma once
// The seed's steps of `run`, lit up as the engine reports them: look for the
// image locally, create the container, add a writable layer over the image's
// read-only layers, take an IP from the pool, start the command.
#include "containers/runsteps.h"

#include <QWidget>

class QLabel;

class RunStepsView : public QWidget {
    Q_OBJECT
public:
    explicit RunStepsView(QWidget *parent = nullptr);

    static QString stepName(porthole::RunStep step); // "Take an IP from the pool"
    void reset();                                              // all dark
    void markDone(porthole::RunStep step, const QString &detail); // lights one
    void markFailed(const QString &message);                   // the next one turns red
    int doneCount() const { return m_done; }
    QString detailOf(porthole::RunStep step) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    int markSize() const;
    enum class Mark { Waiting, Done, Failed };
    void paintStep(int index, Mark mark);
    QList<QLabel *> m_marks;
    QList<QLabel *> m_details;
    int m_done = 0;
    int m_failedAt = -1;
};
