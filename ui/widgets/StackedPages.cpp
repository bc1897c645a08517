#include "widgets/StackedPages.h"

#include <QStackedWidget>
#include <QTabWidget>
#include <QVariant>

namespace {

const char originalPolicy[] = "wcnSizePolicy";

void apply(QStackedWidget *stack)
{
    for (int i = 0; i < stack->count(); ++i) {
        QWidget *page = stack->widget(i);
        if (!page->property(originalPolicy).isValid())
            page->setProperty(originalPolicy, QVariant::fromValue(page->sizePolicy()));
        // An ignored size policy leaves a page out of the stack's minimum size (qSmartMinSize).
        page->setSizePolicy(page == stack->currentWidget() ? page->property(originalPolicy).value<QSizePolicy>()
                                                           : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
    }
    stack->updateGeometry();
}

} // namespace

void StackedPages::sizeByCurrentPage(QStackedWidget *stack)
{
    if (!stack->property(originalPolicy).toBool()) {
        stack->setProperty(originalPolicy, true);
        QObject::connect(stack, &QStackedWidget::currentChanged, stack, [stack] { apply(stack); });
    }
    apply(stack);
}

void StackedPages::sizeByCurrentTab(QTabWidget *tabs)
{
    // A tab widget keeps its pages in a stacked widget of its own.
    if (auto *stack = tabs->findChild<QStackedWidget *>(QString(), Qt::FindDirectChildrenOnly))
        sizeByCurrentPage(stack);
}
