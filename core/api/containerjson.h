#pragma once
// Containers in the API's JSON: a /containers/json entry, and the body of
// /containers/create read into the engine's request.
#include "containers/containerengine.h"

#include <QJsonObject>

namespace porthole::api {

QJsonObject containerSummaryJson(const ContainerRecord &record);

// Docker's ContainerConfig with HostConfig (the fields the docker CLI and
// docker-compose send); unknown fields are ignored as Docker does, wrong
// types refused. An image the store lacks is answered 404 (the CLI pulls).
Result<CreateRequest> createRequestFromJson(const QJsonObject &body, const QString &name);

} // namespace porthole::api
