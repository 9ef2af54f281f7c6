#pragma once
// Docker's container filters (ps --filter, GET /containers/json?filters=):
// status, exited, name, id, ancestor, label, network; the values of one key
// are alternatives (label's must all hold, as Docker's), every key must hold. Pure.
#include "containers/containerrecord.h"

#include <QStringList>

namespace porthole {

// The values status= accepts, as Docker's.
QStringList validContainerStatuses();

// filters: "key=value" each; Docker's words for a bad key or value.
Result<bool> matchesContainerFilters(const ContainerRecord &record, const QStringList &filters);

} // namespace porthole
