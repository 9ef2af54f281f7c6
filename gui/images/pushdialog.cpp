#include "gui/images/pushdialog.h"

#include "gui/images/layerprogresslist.h"
#include "gui/images/registrytransfer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

PushDialog::PushDialog(const SharedEngine &engine, const QStringList &names, QWidget *parent)
    : QDialog(parent), m_name(new QComboBox(this)), m_message(new QLabel(this)), m_layers(new LayerProgressList(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)), m_transfer(new RegistryTransfer(engine, this))
{
    setWindowTitle(tr("Push an image"));
    setObjectName(QStringLiteral("pushDialog"));
    m_name->setEditable(true);
    m_name->addItems(names);
    m_name->setObjectName(QStringLiteral("pushName"));
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("pushMessage"));
    m_message->setText(tr("The name says where it goes: localhost:5000/team/app:v1 goes to the registry at localhost:5000."));
    m_layers->setRowToolTip(tr("%1 is this layer as the Layers pane names it: the start of the digest of its uncompressed content "
                               "(its diff_id). The registry stores it compressed, under the digest of those bytes."));
    m_pushButton = m_buttons->addButton(tr("Push"), QDialogButtonBox::AcceptRole);
    m_pushButton->setObjectName(QStringLiteral("pushButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    layOutTransferDialog(this, form, m_message, m_layers, m_buttons);
    resize(560, 320);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PushDialog::startPush);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PushDialog::reject);
    connect(m_transfer, &RegistryTransfer::message, this, [this](const QString &line) { showTransferMessage(m_message, line); });
    connect(m_transfer, &RegistryTransfer::layer, m_layers, &LayerProgressList::update);
    connect(m_transfer, &RegistryTransfer::finished, this, &PushDialog::finish);
}

void PushDialog::startPush()
{
    const QString name = m_name->currentText().trimmed();
    if (name.isEmpty() || m_transfer->isRunning())
        return;
    m_layers->clear();
    showTransferMessage(m_message, tr("Pushing %1…").arg(name));
    m_pushButton->setEnabled(false);
    m_transfer->push(name);
}

void PushDialog::finish(bool ok, const QString &message)
{
    m_pushButton->setEnabled(true);
    if (!ok) {
        const bool cancelled = message == QLatin1String("cancelled");
        m_layers->stopUnfinished(cancelled ? tr("Cancelled") : tr("Stopped"));
        showTransferMessage(m_message, cancelled ? tr("Cancelled.") : registryErrorWithHint(message), !cancelled);
        m_name->setFocus();
        return;
    }
    showTransferMessage(m_message, tr("Pushed: digest %1").arg(message));
    m_pushButton->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
}

void PushDialog::reject()
{
    if (!m_transfer->isRunning()) {
        QDialog::reject();
        return;
    }
    showTransferMessage(m_message, tr("Cancelling…"));
    m_transfer->cancel();
}
