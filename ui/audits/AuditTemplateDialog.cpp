#include "audits/AuditTemplateDialog.h"
#include "ui_AuditTemplateDialog.h"

#include "audits/AuditStore.h"

AuditTemplateDialog::AuditTemplateDialog(std::shared_ptr<const Workspace> workspace, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AuditTemplateDialog>()), m_workspace(std::move(workspace))
{
    m_ui->setupUi(this);
    m_ui->newTypeEveryDaysSpinBox->setSpecialValueText(tr("no schedule"));
    m_ui->newTypeEveryDaysSpinBox->setSuffix(tr(" days"));
    m_ui->templateSplitter->setStretchFactor(0, 2);
    m_ui->templateSplitter->setStretchFactor(1, 3);
    // The frameworks' statements, a short fixed list, read once.
    for (const QualityStatement &statement : AuditStore::statements(m_workspace->database()).value) {
        auto *item = new QListWidgetItem(tr("%1: %2").arg(statement.keyQuestion, statement.title));
        item->setData(Qt::UserRole, statement.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        m_ui->templateStatementsListWidget->addItem(item);
    }
    connect(m_ui->templateTypeComboBox, &QComboBox::currentIndexChanged, this, &AuditTemplateDialog::loadQuestions);
    connect(m_ui->templateQuestionsListWidget, &QListWidget::currentRowChanged, this,
            &AuditTemplateDialog::showQuestion);
    connect(m_ui->templateQuestionPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_shown >= 0 && m_shown < m_questions.size()) {
            m_questions[m_shown].question = m_ui->templateQuestionPlainTextEdit->toPlainText();
            m_ui->templateQuestionsListWidget->item(m_shown)->setText(itemText(m_questions.at(m_shown), m_shown));
        }
    });
    connect(m_ui->addQuestionPushButton, &QPushButton::clicked, this, &AuditTemplateDialog::addQuestion);
    connect(m_ui->removeQuestionPushButton, &QPushButton::clicked, this, &AuditTemplateDialog::removeQuestion);
    connect(m_ui->addTypePushButton, &QPushButton::clicked, this, &AuditTemplateDialog::addType);
    connect(m_ui->saveTemplatePushButton, &QPushButton::clicked, this, &AuditTemplateDialog::save);
    connect(m_ui->closeTemplatePushButton, &QPushButton::clicked, this, &QDialog::reject);
    loadTypes(QString());
}

AuditTemplateDialog::~AuditTemplateDialog() = default;

QString AuditTemplateDialog::itemText(const AuditQuestion &question, int row) const
{
    const QString text = question.question.trimmed();
    return tr("%1. %2").arg(row + 1).arg(text.isEmpty() ? tr("(no question yet)") : text);
}

void AuditTemplateDialog::loadTypes(const QString &select)
{
    const QSignalBlocker blocker(m_ui->templateTypeComboBox);
    m_ui->templateTypeComboBox->clear();
    m_types = AuditStore::types(m_workspace->database()).value;
    for (const AuditTypeRow &type : m_types) {
        if (!type.retired)
            m_ui->templateTypeComboBox->addItem(type.name, type.code);
    }
    m_ui->templateTypeComboBox->setCurrentIndex(
        std::max(0, select.isEmpty() ? 0 : m_ui->templateTypeComboBox->findData(select)));
    loadQuestions();
}

void AuditTemplateDialog::loadQuestions()
{
    m_shown = -1;
    m_questions.clear();
    const QString code = m_ui->templateTypeComboBox->currentData().toString();
    for (const AuditTypeRow &type : m_types) {
        if (type.code != code)
            continue;
        m_ui->templateVersionLabel->setText(type.latestVersion > 0 ? tr("Questions: version %1").arg(type.latestVersion)
                                                                   : tr("No questions yet"));
        if (!type.latestTemplateId.isEmpty())
            m_questions = AuditStore::templateQuestions(m_workspace->database(), type.latestTemplateId).value;
    }
    const QSignalBlocker blocker(m_ui->templateQuestionsListWidget);
    m_ui->templateQuestionsListWidget->clear();
    for (int row = 0; row < m_questions.size(); ++row)
        m_ui->templateQuestionsListWidget->addItem(itemText(m_questions.at(row), row));
    m_ui->templateQuestionsListWidget->setCurrentRow(m_questions.isEmpty() ? -1 : 0);
    showQuestion(m_ui->templateQuestionsListWidget->currentRow());
}

void AuditTemplateDialog::keepQuestion(int row)
{
    if (row < 0 || row >= m_questions.size())
        return;
    AuditQuestion &question = m_questions[row];
    question.question = m_ui->templateQuestionPlainTextEdit->toPlainText();
    question.guidance = m_ui->templateGuidanceLineEdit->text();
    question.statements.clear();
    for (int i = 0; i < m_ui->templateStatementsListWidget->count(); ++i) {
        const QListWidgetItem *item = m_ui->templateStatementsListWidget->item(i);
        if (item->checkState() == Qt::Checked)
            question.statements.append(item->data(Qt::UserRole).toString());
    }
}

void AuditTemplateDialog::showQuestion(int row)
{
    keepQuestion(m_shown);
    m_shown = -1;
    const bool any = row >= 0 && row < m_questions.size();
    const AuditQuestion question = any ? m_questions.at(row) : AuditQuestion{};
    m_ui->templateQuestionPanel->setEnabled(any);
    m_ui->removeQuestionPushButton->setEnabled(any);
    m_ui->templateQuestionPlainTextEdit->setPlainText(question.question);
    m_ui->templateGuidanceLineEdit->setText(question.guidance);
    for (int i = 0; i < m_ui->templateStatementsListWidget->count(); ++i) {
        QListWidgetItem *item = m_ui->templateStatementsListWidget->item(i);
        item->setCheckState(question.statements.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                              : Qt::Unchecked);
    }
    m_shown = any ? row : -1;
}

void AuditTemplateDialog::addQuestion()
{
    keepQuestion(m_shown);
    m_questions.append(AuditQuestion{});
    const int row = static_cast<int>(m_questions.size()) - 1;
    m_ui->templateQuestionsListWidget->addItem(itemText(m_questions.at(row), row));
    m_ui->templateQuestionsListWidget->setCurrentRow(row);
    m_ui->templateQuestionPlainTextEdit->setFocus();
}

void AuditTemplateDialog::removeQuestion()
{
    const int row = m_ui->templateQuestionsListWidget->currentRow();
    if (row < 0 || row >= m_questions.size())
        return;
    m_shown = -1;
    m_questions.removeAt(row);
    const QSignalBlocker blocker(m_ui->templateQuestionsListWidget);
    m_ui->templateQuestionsListWidget->clear();
    for (int i = 0; i < m_questions.size(); ++i)
        m_ui->templateQuestionsListWidget->addItem(itemText(m_questions.at(i), i));
    m_ui->templateQuestionsListWidget->setCurrentRow(std::min(row, static_cast<int>(m_questions.size()) - 1));
    showQuestion(m_ui->templateQuestionsListWidget->currentRow());
}

void AuditTemplateDialog::addType()
{
    const Result<QString> added = AuditStore::addType(m_workspace->database(), m_ui->newTypeNameLineEdit->text(),
                                                      m_ui->newTypeEveryDaysSpinBox->value());
    if (!added.ok()) {
        m_ui->templateMessageLabel->setText(added.message);
        m_ui->newTypeNameLineEdit->setFocus();
        return;
    }
    m_ui->newTypeNameLineEdit->clear();
    m_ui->newTypeEveryDaysSpinBox->setValue(0);
    loadTypes(added.value);
    m_ui->templateMessageLabel->setText(tr("The type is added: write its questions, then save them."));
    addQuestion();
    emit templatesChanged();
}

void AuditTemplateDialog::save()
{
    keepQuestion(m_shown);
    const Result<QString> saved =
        AuditStore::saveTemplate(m_workspace->database(), m_ui->templateTypeComboBox->currentData().toString(),
                                 m_questions, m_ui->templateNoteLineEdit->text());
    if (!saved.ok()) {
        // What was written stays, to be put right.
        m_ui->templateMessageLabel->setText(saved.message);
        return;
    }
    m_ui->templateNoteLineEdit->clear();
    loadTypes(m_ui->templateTypeComboBox->currentData().toString());
    m_ui->templateMessageLabel->setText(
        tr("Saved as a new version. Audits already started keep the questions they were started with."));
    emit templatesChanged();
}
