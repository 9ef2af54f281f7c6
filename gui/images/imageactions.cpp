#include "gui/images/imageactions.h"

#include "cli/spelling.h"
#include "gui/app/backgroundwork.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>

ImageActions::ImageActions(const SharedEngine &engine, QWidget *parent)
    : QObject(parent), m_engine(engine), m_parent(parent), m_toolbar(new QToolBar(tr("Image"), parent))
{
    m_toolbar->setObjectName(QStringLiteral("imageToolbar"));
    const struct {
        QString text, name, verb, tip;
        void (ImageActions::*slot)();
    } entries[] = {
        {tr("Run…"), QStringLiteral("imageRun"), QStringLiteral("container run"), tr("A new container from this image (%1)"), &ImageActions::run},
        {tr("Tag…"), QStringLiteral("imageTag"), QStringLiteral("image tag"), tr("Another name for the same image (%1)"), &ImageActions::tag},
        {tr("Remove"), QStringLiteral("imageRemove"), QStringLiteral("image rm"), tr("Remove this name; the image goes with its last name (%1)"),
         &ImageActions::remove},
    };
    for (const auto &entry : entries) {
        QAction *action = m_toolbar->addAction(entry.text, this, entry.slot);
        action->setObjectName(entry.name);
        action->setToolTip(entry.tip.arg(porthole::spellCommand(entry.verb)));
        m_actions.append(action);
    }
    QAction *save = m_toolbar->addAction(tr("Save…"), this, &ImageActions::saveRequested);
    save->setObjectName(QStringLiteral("imageSave"));
    save->setToolTip(tr("Every layer, the tags and the configuration in one archive (%1)").arg(porthole::spellCommand(QStringLiteral("image save"))));
    QAction *history = m_toolbar->addAction(tr("History"), this, &ImageActions::historyRequested);
    history->setObjectName(QStringLiteral("imageHistory"));
    history->setToolTip(tr("How each layer was made (%1)").arg(porthole::spellCommand(QStringLiteral("image history"))));
    QAction *usedBy = m_toolbar->addAction(tr("Used by"), this, &ImageActions::usedByRequested);
    usedBy->setObjectName(QStringLiteral("imageUsedBy"));
    usedBy->setToolTip(tr("The containers made from this image"));
    m_actions << save << history << usedBy;
    askTag = [this](const QString &image) {
        return QInputDialog::getText(m_parent, tr("Tag %1").arg(image), tr("New name (repository:tag), e.g. busybox:teach"));
    };
    askForceRemove = [this](const QString &reason) {
        QMessageBox box(QMessageBox::Warning, tr("Remove"), reason, QMessageBox::Cancel, m_parent);
        QPushButton *force = box.addButton(tr("Force remove"), QMessageBox::DestructiveRole);
        box.exec();
        return box.clickedButton() == force;
    };
    setSelection({}, {});
}

void ImageActions::addActionsTo(QMenu &menu) const
{
    menu.addActions(m_actions);
}

void ImageActions::setSelection(const QString &id, const QString &reference)
{
    m_id = id;
    m_reference = reference;
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(!id.isEmpty());
}

QString ImageActions::target() const
{
    return m_reference.isEmpty() ? m_id.mid(7, 12) : m_reference;
}

void ImageActions::run()
{
    if (!m_id.isEmpty())
        emit runRequested(target());
}

void ImageActions::tag()
{
    if (m_id.isEmpty())
        return;
    const QString newTag = askTag(target()).trimmed();
    if (newTag.isEmpty())
        return;
    const QString command = porthole::spellCommand(QStringLiteral("image tag"), {}, {target(), newTag});
    emit busy(tr("Running: %1").arg(command));
    const SharedEngine shared = m_engine;
    const QString id = m_id;
    runInBackground(this, [shared, id, newTag] {
        auto engine = shared.copy();
        if (!engine)
            return JobOutcome{false, engine.error().message};
        auto tagged = engine->images().tag(id, newTag);
        return tagged ? JobOutcome{true, {}} : JobOutcome{false, tagged.error().message};
    }, [this, command](const JobOutcome &outcome) {
        emit finished(outcome.ok, outcome.ok ? tr("Done: %1").arg(command) : outcome.message);
    });
}

void ImageActions::remove()
{
    if (!m_id.isEmpty())
        removeWith(false);
}

// `rmi`: refused in Docker's words while a container uses the image; the
// user may then force it (untag; a running container's image stays).
void ImageActions::removeWith(bool force)
{
    const QString name = target();
    const QString command = porthole::spellCommand(QStringLiteral("image rm"), force ? QList<porthole::FlagValue>{{QStringLiteral("force"), {}}}
                                                                                      : QList<porthole::FlagValue>{},
                                                   {name});
    emit busy(tr("Running: %1").arg(command));
    const SharedEngine shared = m_engine;
    runInBackground(this, [shared, name, force] {
        auto engine = shared.copy();
        if (!engine)
            return JobOutcome{false, engine.error().message};
        auto removed = engine->containers().removeImage(name, force);
        return removed ? JobOutcome{true, removed->join(QLatin1Char('\n'))} : JobOutcome{false, removed.error().message};
    }, [this, command, force](const JobOutcome &outcome) {
        if (!outcome.ok && !force && outcome.message.startsWith(QLatin1String("conflict:")) && askForceRemove(outcome.message)) {
            removeWith(true);
            return;
        }
        emit finished(outcome.ok, outcome.ok ? tr("Done: %1").arg(command) : outcome.message);
    });
}
