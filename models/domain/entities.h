// What makes two pieces of evidence "the same entity": the keys correlation and the
// console's asset views group by (resource id, host, account, IP).
#pragma once

#include "alert.h"

namespace wf {

// Keys such as "res:/subscriptions/.../vm1", "host:web-01", "acct:ana@contoso.com",
// "ip:203.0.113.7", lower-cased where the identity is case-insensitive.
QStringList entityKeys(const Evidence &evidence);
QStringList entityKeys(const Alert &alert);

// A short display name for the asset an evidence item stands for, or empty.
QString assetName(const Evidence &evidence);

} // namespace wf
