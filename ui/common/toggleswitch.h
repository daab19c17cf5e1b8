// A switch with its state in words beside it ("Connected" / "Disconnected"), as the
// Sentinel connector pages show a subscription's status. Checkable; Space toggles it.
// While pending (asked for, not yet confirmed by the server) it shows the state asked for,
// dimmed, with an ellipsis.
#pragma once

#include <QAbstractButton>

namespace wf::ui {

class ToggleSwitch : public QAbstractButton
{
    Q_OBJECT
public:
    explicit ToggleSwitch(QWidget *parent = nullptr);

    void setStateTexts(const QString &on, const QString &off);
    void setPending(bool pending);
    bool isPending() const { return m_pending; }
    // Sets the state without emitting toggled/clicked (a model refresh, not a user's act).
    void setCheckedQuietly(bool on);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override;
    void checkStateSet() override;

private:
    QString stateText() const;
    QString m_on, m_off;
    bool m_pending = false;
};

} // namespace wf::ui
