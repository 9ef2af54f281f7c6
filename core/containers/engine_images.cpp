// Removing an image, which only the container engine may decide: refused
// while a container uses it, as Docker does.
#include "containers/containerengine.h"

#include "images/reference.h"

namespace porthole {

Result<QStringList> ContainerEngine::removeImage(const QString &nameOrId, bool force)
{
    auto image = m_images.image(nameOrId);
    if (!image)
        return std::unexpected(image.error());
    // Docker's: one of several names goes alone, whoever uses the image (the others keep it).
    if (const auto reference = Reference::parse(nameOrId);
        reference && image->repoTags.contains(reference->toString()) && image->repoTags.size() > 1)
        return m_images.remove(nameOrId, false);
    auto records = m_store.list();
    if (!records)
        return std::unexpected(records.error());
    for (const ContainerRecord &record : std::as_const(*records)) {
        if (record.config.imageId != image->id)
            continue;
        const bool live = record.state.isLive();
        const bool byReference = Reference::parse(nameOrId) && image->repoTags.contains(Reference::parse(nameOrId)->toString());
        if (live && force && byReference) { // Docker's: the name goes, the image stays for its running container
            const QString tag = Reference::parse(nameOrId)->toString();
            if (auto untagged = m_images.untag(tag); !untagged)
                return std::unexpected(untagged.error());
            return QStringList{QStringLiteral("Untagged: ") + tag};
        }
        if (live && force)
            return fail(QStringLiteral("conflict: unable to delete %1 (cannot be forced) - image is being used by running container %2")
                            .arg(image->shortId(), record.shortId()));
        if (!force) {
            if (byReference)
                return fail(QStringLiteral("conflict: unable to remove repository reference \"%1\" (must force) - container %2 is using its referenced image %3")
                                .arg(nameOrId, record.shortId(), image->shortId()));
            return fail(QStringLiteral("conflict: unable to delete %1 (must be forced) - image is being used by stopped container %2")
                            .arg(image->shortId(), record.shortId()));
        }
        // Forced, stopped users: untag only; the image stays for its containers.
        QStringList lines;
        for (const QString &tag : std::as_const(image->repoTags)) {
            auto untagged = m_images.untag(tag);
            if (!untagged)
                return std::unexpected(untagged.error());
            lines.append(QStringLiteral("Untagged: ") + tag);
        }
        return lines;
    }
    return m_images.remove(nameOrId, force);
}

} // namespace porthole
