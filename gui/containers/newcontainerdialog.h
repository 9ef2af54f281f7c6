#pragma once
// "New container": the options that matter for the seed's commands, and the
// command line they make (porthole run -it --name web busybox sh), shown as
// it is typed.
#include "containers/containerengine.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

class NewContainerDialog : public QDialog {
    Q_OBJECT
public:
    NewContainerDialog(const QStringList &images, const QStringList &networks, QWidget *parent = nullptr);

    bool startNow() const; // run (create + start) or only create
    void setImage(const QString &image);
    QString image() const;
    // The request, or the reason it is not valid (a bad -p, say).
    porthole::Result<porthole::CreateRequest> request() const;
    QString commandLine() const;

    // Pure: the command line for a request.
    static QString commandLineFor(const porthole::CreateRequest &request, bool run, bool detach);

private:
    void update();
    QComboBox *m_image;
    QLineEdit *m_name;
    QLineEdit *m_command;
    QComboBox *m_network;
    QLineEdit *m_publish;
    QCheckBox *m_interactive;
    QCheckBox *m_tty;
    QCheckBox *m_start;
    QLabel *m_preview;
    class QPushButton *m_ok;
};
