// The duplicate doctor's findings as cards: what duplicates, how many duplicate alerts /
// incidents exist now, and the documented fix behind one button (after a confirmation).
// The connectors overview shows every finding; a connector page shows the ones about it.
#pragma once

#include "integration/duplicatedoctor.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace wf::session {
class Session;
}

namespace wf::ui {

// A prerequisite line for the connector pages: met (✔), not met (✖), or not known / met
// by some subscriptions only (•).
QString prerequisiteLine(std::optional<bool> met, const QString &text);

class DoctorPanel : public QFrame
{
    Q_OBJECT
public:
    using Kinds = QList<integration::DuplicateFinding::Kind>;
    // `kinds`: the findings this panel shows (empty: all). `showAllClear`: say so when
    // there is nothing to fix (the overview), or hide (a connector page).
    DoctorPanel(session::Session *session, Kinds kinds, bool showAllClear, QWidget *parent = nullptr);

    int shownFindings() const { return m_shown; }

Q_SIGNALS:
    // A fix was asked for (after the confirmation).
    void fixRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void confirmFix(const integration::DuplicateFinding &finding);
    QString counts(const integration::DuplicateFinding &f) const;
    QString subscriptionLines(const integration::DuplicateFinding &f) const;

    session::Session *m_session;
    Kinds m_kinds;
    bool m_showAllClear;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_heading = nullptr;
    QPushButton *m_recheck = nullptr;
    QWidget *m_cards = nullptr;
    int m_shown = 0;
};

} // namespace wf::ui
