#pragma once
// Push…: one of an image's names to the registry the name points at, each
// layer's progress (found there, mounted from another repository, or
// uploaded), Cancel.
#include "gui/app/sharedengine.h"

#include <QDialog>

class LayerProgressList;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class RegistryTransfer;

class PushDialog : public QDialog {
    Q_OBJECT
public:
    // names: the image's tags, the first proposed.
    PushDialog(const SharedEngine &engine, const QStringList &names, QWidget *parent = nullptr);

public slots:
    void startPush();
    void reject() override;

private:
    void finish(bool ok, const QString &message);

    QComboBox *m_name;
    QLabel *m_message;
    LayerProgressList *m_layers;
    QDialogButtonBox *m_buttons;
    QPushButton *m_pushButton;
    RegistryTransfer *m_transfer;
};
