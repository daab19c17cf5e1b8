// Finds the items of a Graph collection page ({"value":[{...},{...}],...}) as byte
// ranges, without parsing them: the cache stores each item's bytes as the server sent
// them, and only the fields a queue needs are parsed.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace wf::wire {

// The raw bytes of each element of the top-level "value" array; empty if there is none
// or the page is not well-formed enough to find it (`ok` false then).
QList<QByteArrayView> collectionItems(const QByteArray &page, bool *ok = nullptr);

} // namespace wf::wire
