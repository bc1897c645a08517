#include "shiftnotes/NoteForm.h"
#include "ui_NoteForm.h"

#include "clinical/News2.h"
#include "common/Clock.h"
#include "common/LocalTime.h"
#include "shiftnotes/CareCategories.h"
#include "widgets/LettersWide.h"
#include "widgets/StationColours.h"
#include "widgets/WrapLayout.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDoubleValidator>
#include <QIntValidator>
#include <QShortcut>

namespace {

struct CategoryField
{
    const char *key;
    QLineEdit *Ui::NoteForm::*edit;
};

const CategoryField categoryFields[] = {
    {"personal_care", &Ui::NoteForm::personalCareLineEdit},
    {"eating", &Ui::NoteForm::eatingLineEdit},
    {"drinking", &Ui::NoteForm::drinkingLineEdit},
    {"continence", &Ui::NoteForm::continenceLineEdit},
    {"repositioning", &Ui::NoteForm::repositioningLineEdit},
    {"mobility", &Ui::NoteForm::mobilityLineEdit},
    {"sleep", &Ui::NoteForm::sleepLineEdit},
    {"mood", &Ui::NoteForm::moodLineEdit},
    {"activities", &Ui::NoteForm::activitiesLineEdit},
    {"visitors", &Ui::NoteForm::visitorsLineEdit},
};

struct NumberField
{
    const char *key;
    QLineEdit *Ui::NoteForm::*edit;
    bool decimal;
};

const NumberField numberFields[] = {
    {"temperature", &Ui::NoteForm::temperatureLineEdit, true},
    {"pulse", &Ui::NoteForm::pulseLineEdit, false},
    {"respiration_rate", &Ui::NoteForm::respirationLineEdit, false},
    {"systolic", &Ui::NoteForm::systolicLineEdit, false},
    {"diastolic", &Ui::NoteForm::diastolicLineEdit, false},
    {"spo2", &Ui::NoteForm::spo2LineEdit, false},
    {"weight_kg", &Ui::NoteForm::weightLineEdit, true},
    {"blood_glucose", &Ui::NoteForm::glucoseLineEdit, true},
};

void setData(QComboBox *box, const QVariant &value)
{
    box->setCurrentIndex(std::max(0, box->findData(value)));
}

} // namespace

NoteForm::NoteForm(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::NoteForm>())
{
    m_ui->setupUi(this);
    // Who the note is about, and what to know about them, larger than the fields: sized from the text a person has
    // chosen, never fixed in points.
    QFont name = font();
    name.setPointSizeF(name.pointSizeF() * 1.55);
    name.setBold(true);
    m_ui->residentLabel->setFont(name);
    QFont alerts = font();
    alerts.setPointSizeF(alerts.pointSizeF() * 1.33);
    alerts.setBold(true);
    m_ui->alertsLabel->setFont(alerts);
    m_ui->alertsLabel->setStyleSheet(QStringLiteral("color: %1;").arg(StationColours::urgent().name()));
    m_ui->noteMessageLabel->setStyleSheet(StationColours::problemStyle());
    // Care and observations side by side, or one above the other when large text leaves no room for both.
    auto *columns = new WrapLayout(m_ui->columnsWidget);
    columns->addWidget(m_ui->careGroupBox);
    columns->addWidget(m_ui->observationsGroupBox);
    for (const CategoryField &field : categoryFields) {
        auto *completer = new QCompleter(CareCategories::quickPhrases(QLatin1String(field.key)), this);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        (m_ui.get()->*field.edit)->setCompleter(completer);
        (m_ui.get()->*field.edit)->setMaxLength(500);
        (m_ui.get()->*field.edit)->setPlaceholderText(CareCategories::quickPhrases(QLatin1String(field.key)).value(0));
    }
    m_ui->mealComboBox->addItem(tr("meal..."), QString());
    for (const QString &meal : CareCategories::meals())
        m_ui->mealComboBox->addItem(CareCategories::mealName(meal), meal);
    m_ui->portionComboBox->addItem(tr("amount eaten..."), QString());
    for (const QString &portion : CareCategories::portions())
        m_ui->portionComboBox->addItem(CareCategories::portionName(portion), portion);
    m_ui->positionComboBox->addItem(tr("position..."), QString());
    for (const QString &position : CareCategories::positions())
        m_ui->positionComboBox->addItem(CareCategories::positionName(position), position);
    m_ui->drinkMlLineEdit->setValidator(new QIntValidator(0, 9999, this));
    for (const NumberField &field : numberFields) {
        QLineEdit *edit = m_ui.get()->*field.edit;
        if (field.decimal) {
            auto *validator = new QDoubleValidator(0, 999, 1, this);
            validator->setNotation(QDoubleValidator::StandardNotation);
            edit->setValidator(validator);
        } else {
            edit->setValidator(new QIntValidator(0, 999, this));
        }
        edit->setMaximumWidth(lettersWide(this, 9));
        connect(edit, &QLineEdit::textChanged, this, &NoteForm::updateNews2);
    }
    // What was done and who was told, when the score calls for it: it must look urgent.
    m_ui->escalationGroupBox->setStyleSheet(
        QStringLiteral("QGroupBox#escalationGroupBox { border: 3px solid %1; border-radius: 4px; margin-top: 1.2em; "
                       "padding-top: 0.4em; font-weight: bold; } QGroupBox#escalationGroupBox::title { color: %1; "
                       "subcontrol-origin: margin; left: 8px; padding: 0 4px; }")
            .arg(StationColours::urgent().name()));
    m_ui->systolicLineEdit->setMaximumWidth(lettersWide(this, 7));
    m_ui->diastolicLineEdit->setMaximumWidth(lettersWide(this, 7));
    m_ui->spo2ScaleComboBox->addItem(tr("Scale 1"), 1);
    m_ui->spo2ScaleComboBox->addItem(tr("Scale 2 (target 88-92%)"), 2);
    m_ui->oxygenComboBox->addItem(tr("not recorded"), QString());
    m_ui->oxygenComboBox->addItem(tr("Air"), QStringLiteral("air"));
    m_ui->oxygenComboBox->addItem(tr("Oxygen"), QStringLiteral("oxygen"));
    m_ui->consciousnessComboBox->addItem(tr("not recorded"), QString());
    m_ui->consciousnessComboBox->addItem(tr("A - Alert"), QStringLiteral("A"));
    m_ui->consciousnessComboBox->addItem(tr("C - new Confusion"), QStringLiteral("C"));
    m_ui->consciousnessComboBox->addItem(tr("V - responds to Voice"), QStringLiteral("V"));
    m_ui->consciousnessComboBox->addItem(tr("P - responds to Pain"), QStringLiteral("P"));
    m_ui->consciousnessComboBox->addItem(tr("U - Unresponsive"), QStringLiteral("U"));
    m_ui->bristolComboBox->addItem(tr("not recorded"), 0);
    for (int type = 1; type <= 7; ++type)
        m_ui->bristolComboBox->addItem(tr("Type %1").arg(type), type);
    for (QComboBox *box : {m_ui->spo2ScaleComboBox, m_ui->oxygenComboBox, m_ui->consciousnessComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, &NoteForm::updateNews2);
    m_ui->occurredDateTimeEdit->setTimeSpec(Qt::LocalTime);
    connect(m_ui->occurredDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, &NoteForm::updateShift);
    m_ui->narrativePlainTextEdit->setPlaceholderText(tr("Anything else: how they were, what they said, what "
                                                        "happened"));

    connect(m_ui->saveNotePushButton, &QPushButton::clicked, this, &NoteForm::saveRequested);
    connect(m_ui->backToBoardPushButton, &QPushButton::clicked, this, &NoteForm::cancelRequested);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
                                     QKeySequence(Qt::CTRL | Qt::Key_S)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &NoteForm::saveRequested);
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &NoteForm::cancelRequested);
    clear();
}

NoteForm::~NoteForm() = default;

void NoteForm::setUp(const QString &residentName, const QStringList &alerts, const ShiftPattern &pattern)
{
    m_pattern = pattern;
    m_residentName = residentName;
    m_ui->residentLabel->setText(residentName);
    m_ui->alertsLabel->setText(alerts.join(QStringLiteral("   ")));
    m_ui->alertsLabel->setVisible(!alerts.isEmpty());
    m_ui->noteMessageLabel->clear();
}

void NoteForm::start(const QString &residentId, const QString &residentName, const QStringList &alerts,
                     const ShiftPattern &pattern, const QDateTime &now)
{
    clear();
    setUp(residentName, alerts, pattern);
    DailyNote fresh;
    fresh.id = DailyNote::newId();
    fresh.residentId = residentId;
    // To the minute, by arithmetic on the instant: a date and a time put together again could be the other 01:30 of
    // the night the clocks go back.
    fresh.occurredAt = now.addMSecs(-(now.time().second() * 1000 + now.time().msec()));
    fill(fresh);
    m_ui->personalCareLineEdit->setFocus();
}

void NoteForm::startCorrection(const DailyNote &original, const QString &residentName, const QStringList &alerts,
                               const ShiftPattern &pattern)
{
    clear();
    setUp(residentName, alerts, pattern);
    DailyNote correction = original;
    correction.id = DailyNote::newId();
    correction.correctsId = original.id;
    correction.correctionReason.clear();
    correction.escalation = {};
    fill(correction);
    m_correctedDate = original.date;
    m_ui->correctedNoteLabel->setText(
        tr("Correcting the note by %1 of %2: %3")
            .arg(original.author,
                 QLocale().toString(original.occurredAt.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")),
                 original.summary()));
    m_ui->correctionReasonLineEdit->setFocus();
}

void NoteForm::restore(const DailyNote &note, const QString &residentName, const QStringList &alerts,
                       const ShiftPattern &pattern)
{
    clear();
    setUp(residentName, alerts, pattern);
    fill(note);
    m_startedFrom = DailyNote();
    m_ui->noteMessageLabel->setText(tr("This note was not saved when you last left it: here it is as you left it. "
                                       "Save it, or go back to the board to discard it."));
}

void NoteForm::fill(const DailyNote &note)
{
    m_noteId = note.id;
    m_residentId = note.residentId;
    m_correctsId = note.correctsId;
    m_correctedDate = note.correctsId.isEmpty() ? QDate() : note.date;
    m_ui->correctionGroupBox->setVisible(!note.correctsId.isEmpty());
    m_ui->correctionReasonLineEdit->setText(note.correctionReason);
    m_ui->occurredDateTimeEdit->setDateTime(note.occurredAt.toLocalTime());
    for (const CategoryField &field : categoryFields) {
        const QJsonValue value = note.careDelivered.value(QLatin1String(field.key));
        (m_ui.get()->*field.edit)
            ->setText(value.isObject() ? value.toObject().value(QStringLiteral("text")).toString() : value.toString());
    }
    const QJsonObject eating = note.careDelivered.value(QStringLiteral("eating")).toObject();
    setData(m_ui->mealComboBox, eating.value(QStringLiteral("meal")).toString());
    setData(m_ui->portionComboBox, eating.value(QStringLiteral("portion")).toString());
    const QJsonObject drinking = note.careDelivered.value(QStringLiteral("drinking")).toObject();
    m_ui->drinkMlLineEdit->setText(drinking.contains(QStringLiteral("ml"))
                                       ? QString::number(drinking.value(QStringLiteral("ml")).toInt())
                                       : QString());
    setData(m_ui->positionComboBox, note.careDelivered.value(QStringLiteral("repositioning"))
                                        .toObject()
                                        .value(QStringLiteral("position"))
                                        .toString());
    const QLocale locale;
    for (const NumberField &field : numberFields) {
        const QJsonValue value = note.observations.value(QLatin1String(field.key));
        (m_ui.get()->*field.edit)->setText(value.isDouble() ? locale.toString(value.toDouble(), 'g', 6) : QString());
    }
    setData(m_ui->spo2ScaleComboBox, note.observations.value(QStringLiteral("spo2_scale")).toInt(1));
    const QJsonValue oxygen = note.observations.value(QStringLiteral("oxygen"));
    setData(m_ui->oxygenComboBox,
            oxygen.isBool() ? (oxygen.toBool() ? QStringLiteral("oxygen") : QStringLiteral("air")) : QString());
    setData(m_ui->consciousnessComboBox, note.observations.value(QStringLiteral("consciousness")).toString());
    setData(m_ui->bristolComboBox, note.observations.value(QStringLiteral("bowels_bristol")).toInt());
    m_ui->escalationActionLineEdit->setText(note.escalation.value(QStringLiteral("action")).toString());
    m_ui->escalationToldLineEdit->setText(note.escalation.value(QStringLiteral("told")).toString());
    m_ui->narrativePlainTextEdit->setPlainText(note.narrative);
    updateShift();
    updateNews2();
    m_startedFrom = this->note();
}

void NoteForm::clear()
{
    m_noteId.clear();
    m_residentId.clear();
    m_residentName.clear();
    m_correctsId.clear();
    m_correctedDate = QDate();
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        // A quick-phrase list still open would float over the board once the form is gone.
        if (edit->completer() && edit->completer()->popup())
            edit->completer()->popup()->hide();
        edit->clear();
    }
    m_ui->narrativePlainTextEdit->clear();
    for (QComboBox *box : findChildren<QComboBox *>())
        box->setCurrentIndex(0);
    m_ui->residentLabel->clear();
    m_ui->alertsLabel->clear();
    m_ui->noteMessageLabel->clear();
    m_ui->noteDraftLabel->clear();
    m_ui->correctionGroupBox->hide();
    m_ui->escalationGroupBox->hide();
    m_startedFrom = DailyNote();
}

DailyNote NoteForm::note() const
{
    DailyNote note;
    note.id = m_noteId;
    note.residentId = m_residentId;
    note.occurredAt = occurredAt();
    note.recordedAt = Clock::now();
    note.shift = m_shift.shift;
    note.date = m_correctsId.isEmpty() ? m_shift.date : m_correctedDate;
    note.correctsId = m_correctsId;
    note.correctionReason = m_ui->correctionReasonLineEdit->text().trimmed();
    const QLocale locale;
    for (const CategoryField &field : categoryFields) {
        QJsonObject entry;
        const QString text = (m_ui.get()->*field.edit)->text().trimmed();
        if (!text.isEmpty())
            entry.insert(QStringLiteral("text"), text);
        if (QLatin1String(field.key) == QLatin1String("eating")) {
            if (const QString meal = m_ui->mealComboBox->currentData().toString(); !meal.isEmpty())
                entry.insert(QStringLiteral("meal"), meal);
            if (const QString portion = m_ui->portionComboBox->currentData().toString(); !portion.isEmpty())
                entry.insert(QStringLiteral("portion"), portion);
        } else if (QLatin1String(field.key) == QLatin1String("drinking")) {
            bool ok = false;
            const int ml = m_ui->drinkMlLineEdit->text().toInt(&ok);
            if (ok)
                entry.insert(QStringLiteral("ml"), ml);
        } else if (QLatin1String(field.key) == QLatin1String("repositioning")) {
            if (const QString position = m_ui->positionComboBox->currentData().toString(); !position.isEmpty()) {
                entry.insert(QStringLiteral("position"), position);
                entry.insert(QStringLiteral("time"), note.occurredAt.time().toString(QStringLiteral("HH:mm")));
            }
        }
        if (!entry.isEmpty())
            note.careDelivered.insert(QLatin1String(field.key), entry);
    }
    for (const NumberField &field : numberFields) {
        bool ok = false;
        const double value = locale.toDouble((m_ui.get()->*field.edit)->text().trimmed(), &ok);
        if (ok)
            note.observations.insert(QLatin1String(field.key), value);
    }
    if (note.observations.contains(QStringLiteral("spo2")))
        note.observations.insert(QStringLiteral("spo2_scale"), m_ui->spo2ScaleComboBox->currentData().toInt());
    if (const QString oxygen = m_ui->oxygenComboBox->currentData().toString(); !oxygen.isEmpty())
        note.observations.insert(QStringLiteral("oxygen"), oxygen == QLatin1String("oxygen"));
    if (const QString level = m_ui->consciousnessComboBox->currentData().toString(); !level.isEmpty())
        note.observations.insert(QStringLiteral("consciousness"), level);
    if (const int type = m_ui->bristolComboBox->currentData().toInt(); type > 0)
        note.observations.insert(QStringLiteral("bowels_bristol"), type);
    note.narrative = m_ui->narrativePlainTextEdit->toPlainText();
    const News2Result score = News2::score(note.vitalSigns());
    if (note.hasVitalSigns() && score.needsEscalation()) {
        note.escalation = {{QStringLiteral("news2"), score.total},
                           {QStringLiteral("complete"), score.complete()},
                           {QStringLiteral("action"), m_ui->escalationActionLineEdit->text().trimmed()},
                           {QStringLiteral("told"), m_ui->escalationToldLineEdit->text().trimmed()}};
    }
    return note;
}

bool NoteForm::hasTypedAnything() const
{
    if (m_noteId.isEmpty())
        return false;
    const DailyNote now = note();
    return now.careDelivered != m_startedFrom.careDelivered || now.observations != m_startedFrom.observations ||
           now.narrative != m_startedFrom.narrative || now.correctionReason != m_startedFrom.correctionReason ||
           now.escalation != m_startedFrom.escalation || m_startedFrom.id.isEmpty();
}

void NoteForm::showProblem(const QString &message, const QString &field)
{
    m_ui->noteMessageLabel->setText(message);
    QWidget *target = nullptr;
    for (const CategoryField &category : categoryFields) {
        if (field == QLatin1String(category.key))
            target = m_ui.get()->*category.edit;
    }
    for (const NumberField &number : numberFields) {
        if (field == QLatin1String(number.key))
            target = m_ui.get()->*number.edit;
    }
    if (field == QLatin1String("drinking"))
        target = m_ui->drinkMlLineEdit;
    else if (field == QLatin1String("occurred_at"))
        target = m_ui->occurredDateTimeEdit;
    else if (field == QLatin1String("correction_reason"))
        target = m_ui->correctionReasonLineEdit;
    else if (field == QLatin1String("narrative"))
        target = m_ui->narrativePlainTextEdit;
    else if (field == QLatin1String("escalation_action"))
        target = m_ui->escalationActionLineEdit;
    else if (field == QLatin1String("escalation_told"))
        target = m_ui->escalationToldLineEdit;
    else if (field == QLatin1String("bowels_bristol"))
        target = m_ui->bristolComboBox;
    if (target)
        target->setFocus();
}

void NoteForm::setDraftStatus(const QString &text)
{
    m_ui->noteDraftLabel->setText(text);
}

QDateTime NoteForm::occurredAt() const
{
    return LocalTime::instant(m_ui->occurredDateTimeEdit->date(), m_ui->occurredDateTimeEdit->time(), Clock::now());
}

void NoteForm::updateShift()
{
    const QDateTime when = occurredAt();
    m_shift = m_pattern.isEmpty() ? ShiftPattern::standard().current(when) : m_pattern.current(when);
    m_ui->shiftLabel->setText(ShiftPattern::describe(m_shift));
}

QString NoteForm::news2Style(const News2Result &score)
{
    return QStringLiteral("QLabel { background: %1; color: %2; padding: 6px; border-radius: 4px; }")
        .arg(StationColours::news2Background(score).name(), StationColours::news2Text(score).name());
}

void NoteForm::updateNews2()
{
    const DailyNote typed = note();
    if (!typed.hasVitalSigns()) {
        m_ui->news2Label->setText(tr("NEWS2: type the vital signs to see the score."));
        m_ui->news2Label->setStyleSheet(QString());
        m_ui->news2Label->setFont(font());
        m_ui->news2AdviceLabel->clear();
        m_ui->news2AdviceLabel->hide();
        m_ui->escalationGroupBox->hide();
        return;
    }
    const News2Result score = News2::score(typed.vitalSigns());
    // The most prominent thing on the form: the score and its band in large type, on the band's colour; the words
    // say it too, so nobody depends on telling the colours apart.
    m_ui->news2Label->setText(News2::summary(score));
    QFont headline = font();
    headline.setPointSizeF(headline.pointSizeF() * 1.6);
    headline.setBold(true);
    m_ui->news2Label->setFont(headline);
    m_ui->news2Label->setStyleSheet(news2Style(score));
    m_ui->news2AdviceLabel->setText(News2::responseText(score) + tr("\n(Royal College of Physicians NEWS2, 2017.)"));
    m_ui->news2AdviceLabel->show();
    m_ui->escalationGroupBox->setVisible(score.needsEscalation());
    m_ui->escalationAdviceLabel->setText(News2::responseText(score));
}
