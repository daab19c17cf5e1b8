// The "Filters" panel of a queue page: one drop-down per facet (status, severity, service
// and detection source, assigned to, classification, tags, cloud provider, subscription)
// listing the values present in the store, and a time range. The search box is the
// page's; the panel never touches it.
#pragma once

#include "item/queuefilter.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QFrame;
class QPushButton;
class QToolButton;

namespace wf::store {
class QueueStore;
}

namespace wf::ui::queue {

class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    enum Facet {
        Status,
        Severity,
        Classification,
        AssignedTo,
        Tags,
        Cloud,
        Subscription,
        ServiceSource,
        DetectionSource,
        FacetCount
    };
    Q_ENUM(Facet)

    FilterPanel(bool incidents, const store::QueueStore *store, QWidget *parent = nullptr);

    // The panel's choices (search left empty); a relative time range ends at `nowMs`.
    item::QueueFilter filter(qint64 nowMs) const;
    // `rangeDays`: 0 any time, > 0 the last N days, -1 the custom range in f.fromMs/toMs.
    void setFilter(const item::QueueFilter &filter, int rangeDays);
    int rangeDays() const;
    // Facets with a choice, plus one for a time range.
    int activeCount() const;
    void clear();
    void setSignedInAs(const QString &upn) { m_me = upn; }

    // The checkable list of a facet's values, filled from the store (tests and the
    // drop-down use the same list).
    QListWidget *facetList(Facet facet) const;
    void refreshFacet(Facet facet);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct FacetUi
    {
        QToolButton *button = nullptr;
        QFrame *popup = nullptr;
        QLineEdit *search = nullptr;
        QListWidget *list = nullptr;
        QPushButton *clear = nullptr;
    };
    struct Value
    {
        QVariant key;
        QString label;
    };
    QList<Value> values(Facet facet) const;
    bool isChosen(Facet facet, const QVariant &key) const;
    void setChosen(Facet facet, const QVariant &key, bool on);
    void clearFacet(Facet facet);
    bool facetActive(Facet facet) const;
    QStringList chosenLabels(Facet facet) const;
    QString facetName(Facet facet) const;
    QString rangeText(int days) const;
    QString valueLabel(Facet facet, const QVariant &key) const;
    void updateButton(Facet facet);
    void onItemChanged(Facet facet, QListWidgetItem *item);
    void onRangeChanged();
    void retranslateUi();

    bool m_incidents;
    const store::QueueStore *m_store;
    QString m_me;
    item::QueueFilter m_state; // facet choices only; time and search live elsewhere
    FacetUi m_facets[FacetCount];
    QLabel *m_rangeLabel;
    QComboBox *m_range;
    QDateTimeEdit *m_from, *m_to;
    QPushButton *m_clearAll;
    bool m_populating = false;
};

} // namespace wf::ui::queue
