#include "gui/images/pulldialog.h"

#include "gui/app/backgroundwork.h"
#include "gui/images/layerprogresslist.h"
#include "gui/images/registrytransfer.h"
#include "registry/pull.h"
#include "registry/search.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTimer>

namespace {

// Names for the completer: tags of the repository when a ':' follows the
// last '/', else the registry's search for what was typed.
QStringList suggestionsFor(const QString &text, porthole::Progress &progress)
{
    auto context = porthole::RegistryContext::fromEnvironment();
    if (!context || text.trimmed().size() < 2)
        return {};
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon > text.lastIndexOf(QLatin1Char('/'))) {
        const QString repository = text.left(colon);
        QStringList names;
        for (const QString &tag : porthole::listTags(**context, repository, progress).value_or(QStringList()))
            names.append(repository + QLatin1Char(':') + tag);
        return names;
    }
    QStringList names;
    for (const porthole::SearchResult &result : porthole::searchRegistry(**context, text, 25, progress).value_or(QList<porthole::SearchResult>()))
        names.append(result.name);
    return names;
}

} // namespace

PullDialog::PullDialog(const SharedEngine &engine, QWidget *parent)
    : QDialog(parent), m_engine(engine), m_name(new QLineEdit(this)), m_platform(new QLineEdit(this)), m_message(new QLabel(this)),
      m_layers(new LayerProgressList(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_suggestions(new QStringListModel(this)), m_completer(new QCompleter(m_suggestions, this)), m_typing(new QTimer(this)),
      m_transfer(new RegistryTransfer(engine, this))
{
    setWindowTitle(tr("Pull an image"));
    setObjectName(QStringLiteral("pullDialog"));
    m_name->setObjectName(QStringLiteral("pullName"));
    m_name->setPlaceholderText(tr("busybox, nginx:alpine, localhost:5000/team/app:v1"));
    m_name->setCompleter(m_completer);
    m_completer->popup()->installEventFilter(this); // before the completer's own filter
    m_platform->setPlaceholderText(tr("this machine's (e.g. linux/arm64)"));
    m_message->setObjectName(QStringLiteral("pullMessage"));
    m_message->setWordWrap(true);
    m_layers->setRowToolTip(tr("%1 is how the registry names this layer: the start of the digest of its compressed bytes. "
                               "The Layers pane names it by the digest of its uncompressed content (its diff_id in the image config)."));
    m_pullButton = m_buttons->addButton(tr("Pull"), QDialogButtonBox::AcceptRole);
    m_pullButton->setObjectName(QStringLiteral("pullButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("Image:"), m_name);
    form->addRow(tr("Platform:"), m_platform);
    layOutTransferDialog(this, form, m_message, m_layers, m_buttons);
    resize(560, 360);
    m_typing->setSingleShot(true);
    m_typing->setInterval(400);
    connect(m_typing, &QTimer::timeout, this, &PullDialog::suggest);
    connect(m_name, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PullDialog::startPull);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PullDialog::reject);
    connect(m_transfer, &RegistryTransfer::message, this, [this](const QString &line) { showTransferMessage(m_message, line); });
    connect(m_transfer, &RegistryTransfer::pulled, this, [this](const QString &, const QString &digest) { m_digest = digest; });
    connect(m_transfer, &RegistryTransfer::layer, m_layers, &LayerProgressList::update);
    connect(m_transfer, &RegistryTransfer::finished, this, &PullDialog::finish);
}

// Enter while suggestions show but none is picked pulls what was typed, as
// a browser's address bar does (the completer only hid its list, so a user
// pressed Enter twice).
bool PullDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_completer->popup()->currentIndex().isValid()) {
            m_completer->popup()->hide();
            startPull();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

// A question to the registry still out (an unreachable one retries for
// seconds) is cancelled, so closing the dialog, or the window, never waits.
PullDialog::~PullDialog()
{
    if (m_suggesting)
        m_suggesting->cancel();
}

void PullDialog::suggest()
{
    const quint64 generation = ++m_suggestGeneration;
    if (m_suggesting)
        m_suggesting->cancel(); // typed on: the older question goes unanswered
    m_suggesting = std::make_shared<porthole::Progress>();
    runInBackground(this, [text = m_name->text(), progress = m_suggesting] { return suggestionsFor(text, *progress); },
                    [this, generation](const QStringList &names) {
        if (generation != m_suggestGeneration) // typed on since
            return;
        m_suggestions->setStringList(names);
        if (!names.isEmpty() && m_name->hasFocus())
            m_completer->complete();
    });
}

void PullDialog::startPull()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || m_transfer->isRunning())
        return;
    m_layers->clear();
    m_digest.clear();
    showTransferMessage(m_message, tr("Pulling %1…").arg(name));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    setFormEnabled(false);
    m_transfer->pull(name, m_platform->text().trimmed());
}

void PullDialog::setFormEnabled(bool enabled)
{
    m_pullButton->setEnabled(enabled);
    m_name->setEnabled(enabled);
    m_platform->setEnabled(enabled);
}

// The dialog stays open either way: after an error the name can be
// corrected; after a pull the layers' last states and the digest stay to
// read, as docker pull's output does, until Close.
void PullDialog::finish(bool ok, const QString &message)
{
    setFormEnabled(true);
    if (!ok) {
        const bool cancelled = message == QLatin1String("cancelled");
        m_layers->stopUnfinished(cancelled ? tr("Cancelled") : tr("Stopped"));
        showTransferMessage(m_message, cancelled ? tr("Cancelled: nothing was kept.") : registryErrorWithHint(message), !cancelled);
        m_name->setFocus();
        m_name->selectAll();
        return;
    }
    m_pulled = message;
    showTransferMessage(m_message, m_digest.isEmpty() ? tr("Pulled %1.").arg(message) : tr("Pulled %1 · digest %2").arg(message, m_digest));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
    emit pulled(message);
}

void PullDialog::reject()
{
    if (!m_transfer->isRunning()) {
        QDialog::reject();
        return;
    }
    showTransferMessage(m_message, tr("Cancelling…"));
    m_transfer->cancel(); // finish() follows; the dialog stays until then
}
