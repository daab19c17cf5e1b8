// Interned strings: repeated values (titles, analysts, resource names) are stored once
// and referred to by a small integer. Id 0 is the empty string.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace wf::store {

class StringPool
{
public:
    StringPool() { intern(QString()); }

    int intern(const QString &s)
    {
        const auto it = m_ids.constFind(s);
        if (it != m_ids.constEnd())
            return *it;
        const int id = int(m_strings.size());
        // A copy of our own: `s` may come from another thread's heap, and a pooled string
        // lives as long as the pool (sharing it would pin that heap's pages).
        const QString own(s.constData(), s.size());
        m_strings.append(own);
        m_lower.append(own.toLower());
        m_ids.insert(own, id);
        return id;
    }
    // The same for UTF-8 text (a record's field), found without building a QString.
    int intern(QByteArrayView utf8)
    {
        const auto it = m_utf8Ids.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
        if (it != m_utf8Ids.constEnd())
            return *it;
        const int id = intern(QString::fromUtf8(utf8));
        m_utf8Ids.insert(QByteArray(utf8.data(), utf8.size()), id);
        return id;
    }
    int find(const QString &s) const { return m_ids.value(s, -1); }
    const QString &at(int id) const { return m_strings.at(id); }
    const QString &lowerAt(int id) const { return m_lower.at(id); }
    int size() const { return int(m_strings.size()); }

private:
    QList<QString> m_strings;
    QList<QString> m_lower; // for search: lower-cased once, not per keystroke
    QHash<QString, int> m_ids;
    QHash<QByteArray, int> m_utf8Ids; // the keys are copies: a record's text is a view
};

} // namespace wf::store
