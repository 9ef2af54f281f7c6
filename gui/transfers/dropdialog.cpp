#include "gui/transfers/dropdialog.h"

#include "base/humanize.h"
#include "gui/widgets/layerfilebrowser.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

QString DropDialog::explanation()
{
    return tr("<b>export / import</b> move a container's <i>files</i>: export writes its merged filesystem as a tar; import makes a "
              "new one-layer image of it. Settings such as CMD, ENV or WORKDIR do not travel; give them again as changes.<br>"
              "<b>save / load</b> move <i>images</i>: every layer, the tags and the whole configuration. To keep a container's "
              "settings, migrate it: commit it to an image, then save that.");
}

DropDialog::DropDialog(const QString &fileName, const porthole::ArchivePreview &preview, QWidget *parent)
    : QDialog(parent), m_import(preview.kind == porthole::ArchivePreview::Kind::RootFilesystem)
{
    setObjectName(QStringLiteral("dropDialog"));
    setWindowTitle(m_import ? tr("Import %1").arg(fileName) : tr("Load %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("dropSummary"));
    summary->setWordWrap(true);
    if (m_import)
        summary->setText(tr("<b>%1</b> is a root filesystem tar: %n entries, %2 of files.", nullptr, int(preview.entries))
                             .arg(fileName.toHtmlEscaped(), porthole::humanSize(preview.totalSize)));
    else
        summary->setText(tr("<b>%1</b> is a %2 with %n layer(s): %3.", nullptr, preview.layerCount)
                             .arg(fileName.toHtmlEscaped(), preview.format,
                                  preview.imageNames.isEmpty() ? tr("untagged images") : preview.imageNames.join(QStringLiteral(", ")).toHtmlEscaped()));
    layout->addWidget(summary);
    auto *why = new QLabel(explanation(), this);
    why->setWordWrap(true);
    layout->addWidget(why);
    if (m_import) {
        auto *files = new LayerFileBrowser(this);
        const QList<porthole::LayerFile> entries = preview.files;
        files->setSources(fileName, {{tr("Files in the tar%1").arg(preview.filesTruncated ? tr(" (the first %1)").arg(entries.size()) : QString()),
                                      [entries] { return porthole::Result<QList<porthole::LayerFile>>(entries); }, {}}});
        layout->addWidget(files, 1);
        auto *form = new QFormLayout;
        m_reference = new QLineEdit(this);
        m_reference->setObjectName(QStringLiteral("dropReference"));
        m_reference->setPlaceholderText(tr("repository:tag, e.g. busybox:test (empty: untagged)"));
        m_changes = new QPlainTextEdit(this);
        m_changes->setObjectName(QStringLiteral("dropChanges"));
        m_changes->setPlaceholderText(tr("One instruction per line, e.g. CMD [\"/bin/sh\"]"));
        m_changes->setFixedHeight(60);
        form->addRow(tr("Repository:tag"), m_reference);
        form->addRow(tr("Changes (-c)"), m_changes);
        layout->addLayout(form);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *go = buttons->addButton(m_import ? tr("Import") : tr("Load"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("dropAccept"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, m_import ? 560 : 260);
}

QString DropDialog::reference() const
{
    return m_reference ? m_reference->text().trimmed() : QString();
}

QStringList DropDialog::changes() const
{
    if (!m_changes)
        return {};
    QStringList lines;
    for (const QString &line : m_changes->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    return lines;
}
