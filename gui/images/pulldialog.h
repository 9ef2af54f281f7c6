#pragma once
// Pull…: an image from a registry by name (completed from the registry's
// search and the repository's tags as one types), each layer's progress as
// it downloads and extracts, Cancel that leaves nothing half-made.
#include "gui/app/sharedengine.h"

#include <QDialog>
#include <memory>

class LayerProgressList;
class QCompleter;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTimer;
class RegistryTransfer;
namespace porthole {
class Progress;
}

class PullDialog : public QDialog {
    Q_OBJECT
public:
    PullDialog(const SharedEngine &engine, QWidget *parent = nullptr);
    ~PullDialog() override;
    QString pulledReference() const { return m_pulled; }

signals:
    void pulled(const QString &reference); // the image is in the store

public slots:
    void startPull();
    void reject() override; // cancels a running pull first

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void suggest();
    void finish(bool ok, const QString &message);
    void setFormEnabled(bool enabled);

    SharedEngine m_engine;
    QLineEdit *m_name;
    QLineEdit *m_platform;
    QLabel *m_message;
    LayerProgressList *m_layers;
    QDialogButtonBox *m_buttons;
    QPushButton *m_pullButton;
    QStringListModel *m_suggestions;
    QCompleter *m_completer;
    QTimer *m_typing;
    RegistryTransfer *m_transfer;
    QString m_pulled;
    QString m_digest; // the manifest digest the pull returned
    quint64 m_suggestGeneration = 0;
    std::shared_ptr<porthole::Progress> m_suggesting; // the registry question in flight
};
